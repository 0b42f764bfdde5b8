"""Tolerant matching of action points across sessions: same owner, roughly the same words.

Minutes rarely repeat an action point word for word ("PPK verwerkt de debriefing en plaatst deze op
fronteers.nl" becomes "PPK plaatst de debriefing op fronteers.nl"), so matching works on the
*content words* of the text: lower-cased, accents folded, Dutch stopwords (package data file
``data/stopwords-nl.txt``) removed. No lemmatiser is used; instead two words count as the same when
one is an inflection-like extension of the other (``verwerkt``/``verwerken``, ``website``/
``websites``): a shared prefix of all but the last two letters of the shorter word, lengths at most
three apart.

The text similarity is a soft Dice coefficient over those word sets, 0 when they share fewer
than :data:`MIN_SHARED` words (one shared word is a coincidence). Owners weigh in: when both
action points name owners and none of them is the same person or organisation (ids, names and
aliases are resolved through each summary), the similarity is multiplied by
:data:`OWNER_CONFLICT_FACTOR`. Pairs scoring at least the threshold are paired one to one, best
first; ties are broken by position, so the result is deterministic.

An action list's own number follows an action from meeting to meeting: two action points with the
same distinctive ``ref`` (``324/01``, ``mrt24/02``; not a bare ``3``, which lists restart) are the
same action whatever their wording, and two with different distinctive refs are not.

Names are compared as slugs (:func:`sessietool.textnorm.slug`, the rule the summary's ids use).
Not to be confused with :mod:`sessietool.evaluation.scoring`, which matches a summary against
gold answers with the rules of the reference scorer (its own ``normalise``, kept apart so the
scores agree with that scorer exactly).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..summary import ActionPoint, Summary
from ..textnorm import fold, slug

DEFAULT_THRESHOLD = 0.55
OWNER_CONFLICT_FACTOR = 0.6
MIN_SHARED = 2  # content words two action points must share (fewer when one has fewer)

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # "front-enders" is one word


@cache
def stopwords() -> frozenset[str]:
    """The Dutch stopwords from the package data file, accent-folded."""
    from ..language import LanguageData

    return frozenset(fold(w) for w in LanguageData.stopwords())


def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` that carry meaning: folded, without stopwords and one-letter words."""
    stop = stopwords()
    return frozenset(
        w for w in _WORD.findall(fold(text)) if w not in stop and (len(w) > 1 or w.isdigit())
    )


PREFIX = 4  # words shorter than this only match themselves


def words_match(a: str, b: str) -> bool:
    """Same word, or one an inflection-like extension of the other (no lemmatiser needed)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < PREFIX or len(long_) - len(short) > 3:
        return False
    need = max(PREFIX, len(short) - 2)
    return long_[:need] == short[:need]


def _by_prefix(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for w in sorted(words):
        if len(w) >= PREFIX:
            groups.setdefault(w[:PREFIX], []).append(w)
    return {k: tuple(v) for k, v in groups.items()}


def _hits(words: frozenset[str], other: frozenset[str], other_prefixes: dict) -> int:
    """How many of ``words`` match a word of ``other`` (exactly or as an inflection)."""
    n = 0
    for w in words:
        if w in other or any(words_match(w, v) for v in other_prefixes.get(w[:PREFIX], ())):
            n += 1
    return n


def text_similarity(a: Iterable[str] | str, b: Iterable[str] | str) -> float:
    """Soft Dice coefficient of two texts (or two sets of content words), 0..1."""
    wa = content_words(a) if isinstance(a, str) else frozenset(a)
    wb = content_words(b) if isinstance(b, str) else frozenset(b)
    return _soft_dice(wa, wb, _by_prefix(wa), _by_prefix(wb))


def _soft_dice(wa: frozenset[str], wb: frozenset[str], pa: dict, pb: dict) -> float:
    if not wa or not wb:
        return 0.0
    hits_a, hits_b = _hits(wa, wb, pb), _hits(wb, wa, pa)
    need = min(MIN_SHARED, len(wa), len(wb))
    if hits_a < need or hits_b < need:  # one shared word is a coincidence, not a rewording
        return 0.0
    return (hits_a + hits_b) / (len(wa) + len(wb))


def owner_keys(owners: Iterable[str], summary: Summary | None = None) -> frozenset[str]:
    """Every slug an action point's owners go by: the owner itself plus, when it is a speaker,
    person or organisation of ``summary`` (by id, name or alias), that entity's id, name and
    aliases.
    """
    entities: list[set[str]] = []
    if summary is not None:
        for e in [*summary.speakers, *summary.people_mentioned, *summary.organisations]:
            names = {slug(e.id), slug(e.name), *(slug(a) for a in e.aliases)}
            entities.append({n for n in names if n})
    keys: set[str] = set()
    for owner in owners:
        key = slug(owner)
        if not key:
            continue
        keys.add(key)
        for names in entities:
            if key in names:
                keys |= names
    return frozenset(keys)


@dataclass(frozen=True)
class Candidate:
    """An action point prepared for matching."""

    words: frozenset[str]
    owners: frozenset[str]
    folded: str
    prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    ref: str | None = None  # a distinctive list number, case-folded

    @classmethod
    def of(cls, point: ActionPoint, summary: Summary | None = None) -> Candidate:
        words = content_words(point.text)
        return cls(
            words=words,
            owners=owner_keys(point.owners, summary),
            folded=" ".join(_WORD.findall(fold(point.text))),
            prefixes=_by_prefix(words),
            ref=distinctive_ref(getattr(point, "ref", None)),
        )


def distinctive_ref(ref: str | None) -> str | None:
    """A list number that names one action across meetings (``324/01``), case-folded; None for
    a bare running number."""
    if not ref or ref.strip(" .").isdigit() or len(ref.strip()) < 4:
        return None
    return ref.strip(" .").casefold()


@dataclass(frozen=True)
class Match:
    """``old[old_index]`` and ``new[new_index]`` are the same action point, with this similarity."""

    old_index: int
    new_index: int
    similarity: float


def similarity(a: Candidate, b: Candidate) -> float:
    """How alike two prepared action points are, 0..1 (see the module docstring)."""
    if a.ref and b.ref:
        return 1.0 if a.ref == b.ref else 0.0
    same = bool(a.folded) and a.folded == b.folded
    score = 1.0 if same else _soft_dice(a.words, b.words, a.prefixes, b.prefixes)
    if a.owners and b.owners and not (a.owners & b.owners):
        score *= OWNER_CONFLICT_FACTOR
    return score


def match_candidates(
    old: Sequence[Candidate], new: Sequence[Candidate], *, threshold: float = DEFAULT_THRESHOLD
) -> list[Match]:
    """Pair old and new action points one to one, best pairs first; sorted by ``new_index``."""
    pairs = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            score = similarity(a, b)
            if score >= threshold:
                shared_owner = bool(a.owners & b.owners)
                pairs.append((-score, not shared_owner, i, j))
    used_old: set[int] = set()
    used_new: set[int] = set()
    matches = []
    for neg_score, _, i, j in sorted(pairs):
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        matches.append(Match(i, j, round(-neg_score, 4)))
    return sorted(matches, key=lambda m: m.new_index)


def match_action_points(
    old: Sequence[ActionPoint],
    new: Sequence[ActionPoint],
    *,
    old_summary: Summary | None = None,
    new_summary: Summary | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[Match]:
    """Which action points of ``new`` carry over one of ``old`` (owners resolved via the
    summaries); sorted by ``new_index``."""
    return match_candidates(
        [Candidate.of(p, old_summary) for p in old],
        [Candidate.of(p, new_summary) for p in new],
        threshold=threshold,
    )
