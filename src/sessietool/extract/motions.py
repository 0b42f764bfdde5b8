"""Motions in a parliamentary report: where each stands, and the clauses that say what it asks.

A motion opens with "De Kamer," (a line of its own, then "gehoord de beraadslaging,"), gives
its considerations ("constaterende dat …", "overwegende dat …") and its dictum ("verzoekt de
regering …", "roept de regering op …", "spreekt uit …"), and closes with "en gaat over tot de
orde van de dag". The cue words are in ``data/theme_words.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .agenda_items import theme_words

MAX_MOTION_CHARS = 6000  # a motion is a few clauses; an opening without its closing is none


@dataclass(frozen=True)
class Motion:
    """A motion's character span and the spans of its dictum clauses."""

    start: int
    end: int
    dictum: tuple[tuple[int, int], ...]


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def motions(text: str) -> list[Motion]:
    """Every motion in ``text``, in order (none when the cue words are missing)."""
    words = theme_words()
    starts, ends, dicta = (words.get(k, frozenset()) for k in
                           ("motion_start", "motion_end", "motion_dictum"))
    if not (starts and ends and dicta):
        return []
    opening = re.compile(rf"^[ \t]*(?:{_alternatives(starts)})[ \t]*$", re.I | re.M)
    closing = re.compile(rf"(?:{_alternatives(ends)})", re.I)
    clause = re.compile(rf"^[ \t]*(?:{_alternatives(dicta)})\b.*$", re.I | re.M)
    found: list[Motion] = []
    pos = 0
    while m := opening.search(text, pos):
        end = closing.search(text, m.end(), m.end() + MAX_MOTION_CHARS)
        if end is None:
            pos = m.end()
            continue
        body = (m.end(), end.start())
        dictum = tuple((c.start(), c.end()) for c in clause.finditer(text, *body))
        if dictum:
            found.append(Motion(m.start(), end.end(), dictum))
        pos = end.end()
    return found


MAX_KEYWORDS = 12
SHORT_WORD = 9
LATER = 0.3
PHRASE_BONUS = 0.25
COMMON = 12  # the document's most central words (of 50 or more): its domain, not a subject
_LINK = re.compile(  # "voorlichting aan mkb-bedrijven", "handhavingsstrategie bij Careyn"
    r"\s+(?:aan|over|van|voor|bij|met|op|tegen|tussen|naar|in)\s+(?:(?:de|het|een|hun)\s+)?",
    re.I,
)


@dataclass(frozen=True)
class Subject:
    """What a motion asks about: a label as written, its keywords and content lemmas."""

    label: str
    keywords: tuple[str, ...]
    lemmas: frozenset[str]
    start: int
    end: int


def _content(words: tuple[tuple[str, str], ...], skip: frozenset[str]) -> list[tuple[str, str]]:
    return [
        (lemma, low)
        for lemma, low in words
        if len(low) >= 3 and low not in skip and lemma not in skip and re.search(r"[^\W\d_]", low)
    ]


def _surface_end(text: str, start: int, words: list[str]) -> tuple[int, int] | None:
    pattern = r"\W+(?:\w+\W+){0,2}?".join(re.escape(w) for w in words)
    m = re.compile(pattern, re.I).search(text, start, start + 300)
    return (m.start(), m.end()) if m else None


def common_words(rank: dict[str, float]) -> frozenset[str]:
    """The document's ``COMMON`` most central lemmas (one per 50 lemmas at most)."""
    return frozenset(sorted(rank, key=lambda w: (-rank[w], w))[: min(COMMON, len(rank) // 50)])


def subject_of(
    text: str,
    chunks: list,
    rank: dict[str, float],
    known: frozenset[str],
    skip: frozenset[str],
    repeated: bool = False,
) -> tuple[str, frozenset[str]] | None:
    """The label and lemmas of what ``chunks`` (of one clause or turn) are about: the chunk
    whose words rank highest (mean TextRank ``rank``, a phrase a little higher; × how often
    the chunks name the word when ``repeated``, else less the later the chunk), among words
    not ``known`` (named already, or the document's central words) unless none is left,
    joined to the chunk it governs ("voorlichting aan mkb-bedrijven")."""
    counts = Counter(lemma for c in chunks for lemma, _ in _content(c.words, skip))
    if not repeated:
        counts = Counter(dict.fromkeys(counts, 1))
    for allowed in (lambda w: w not in known, lambda w: True):
        best, best_score = None, 0.0
        for k, c in enumerate(chunks):
            words = _content(c.words, skip)
            new = [lemma for lemma, _ in words if allowed(lemma)]
            if not new:
                continue
            score = sum(rank.get(lemma, 0.0) * counts[lemma] for lemma in new) / len(new)
            score *= 1 + PHRASE_BONUS * (len(new) - 1)
            if not repeated:
                score /= 1 + LATER * k  # the object a clause opens with is what it asks about
            if len(words) == 1 and len(words[0][1]) < SHORT_WORD:
                score /= 2  # "baan", "partners": a phrase or a compound names a subject better
            if new and score > best_score:
                best, best_score = k, score
        if best is not None:
            label, lemmas = _label(text, chunks, best, skip)
            return (label, frozenset(lemmas)) if label else None
    return None


def keywords_of(label: str, chunks: list, skip: frozenset[str]) -> tuple[str, ...]:
    """The label in lower case, then the chunks' content words, at most MAX_KEYWORDS."""
    keywords: list[str] = [label.casefold()]
    for c in chunks:
        for _, low in _content(c.words, skip):
            if low not in keywords and len(keywords) < MAX_KEYWORDS:
                keywords.append(low)
    return tuple(keywords)


def motion_subjects(
    text: str,
    chunks: list,
    rank: dict[str, float],
    known: frozenset[str],
    skip: frozenset[str],
) -> list[Subject]:
    """The subject of each motion in ``text`` (:func:`subject_of` its dictum, beside the
    ``known`` words and the document's central ones); keywords are the content words of the
    dictum, then of the considerations. ``skip`` are words that are never a subject
    (stopwords, meeting and address words)."""
    known = known | common_words(rank)
    out = []
    for motion in motions(text):
        inside = [c for c in chunks if motion.start <= c.start < motion.end]
        dictum = [c for c in inside if any(a <= c.start < b for a, b in motion.dictum)]
        found = subject_of(text, dictum, rank, known, skip)
        if found is None:
            continue
        label, lemmas = found
        rest = [c for c in inside if c not in dictum]
        keywords = keywords_of(label, [*dictum, *rest], skip)
        out.append(Subject(label, keywords, lemmas, motion.start, motion.end))
    return out


def _label(text: str, chunks: list, k: int, skip: frozenset[str]) -> tuple[str, set[str]]:
    """The chunk ``k`` as written, with the next chunk when a preposition links them."""
    words = _content(chunks[k].words, skip)
    span = _surface_end(text, chunks[k].start, [low for _, low in words])
    if span is None:
        return "", set()
    lemmas = {lemma for lemma, _ in words}
    if k + 1 < len(chunks):
        nxt = _content(chunks[k + 1].words, skip)
        link = _LINK.match(text, span[1])
        if nxt and link:
            more = _surface_end(text, link.end(), [low for _, low in nxt])
            if more and more[0] == link.end():
                span = (span[0], more[1])
                lemmas |= {lemma for lemma, _ in nxt}
    label = text[span[0] : span[1]]
    return label[:1].upper() + label[1:], lemmas
