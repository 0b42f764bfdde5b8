"""Key phrases by TextRank over the NLP features, scored as pytextrank scores them.

pytextrank (and textacy's keyterms) need a spaCy Doc; extractors get plain features
(:class:`~.features.Features`), so the algorithm is applied to them here: a co-occurrence graph
of the content lemmas (window 3), ranked by PageRank, and each noun chunk scored by the square
root of its words' mean rank (pytextrank's ``_calc_discounted_normalised_rank`` without
non-lemma tokens, which the chunks have already dropped). Phrases that name a person (a PER
entity, or capitalised words opening with a first name), stand in the chair's turns
(procedure: "het stenogram", "de spreektijd") or consist of meeting boilerplate
(``data/theme_words.yaml``) are left out; labels are the surface form as written in the text,
never a lemma.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .agenda_items import theme_words
from .context import SessionDoc
from .spans import Spans

WINDOW = 3
DAMPING = 0.85
ITERATIONS = 30
MIN_LETTERS = 3
MIN_STOP_SHARE = 0.2  # Dutch running text has about 40% stopwords


@dataclass
class Phrase:
    """A key phrase: its lemma key, rank, surface forms as written and character offsets."""

    key: str
    rank: float
    forms: Counter[str] = field(default_factory=Counter)
    starts: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.forms.most_common(1)[0][0]

    @property
    def count(self) -> int:
        return len(self.starts)


def _pagerank(edges: dict[str, Counter[str]]) -> dict[str, float]:
    """PageRank of the co-occurrence graph, with numpy: ``np.add.at`` adds each edge's share
    in the order of the edges, so the ranks are the same floats as a loop over the dicts."""
    import numpy as np

    nodes = list(edges)
    if not nodes:
        return {}
    number = {n: k for k, n in enumerate(nodes)}
    pairs = [(k, number[m], w) for k, n in enumerate(nodes) for m, w in edges[n].items()]
    src = np.array([p[0] for p in pairs], dtype=np.intp)
    dst = np.array([p[1] for p in pairs], dtype=np.intp)
    weight = np.array([p[2] for p in pairs], dtype=np.float64)
    out_weight = np.array([sum(edges[n].values()) or 1 for n in nodes], dtype=np.float64)
    rank = np.full(len(nodes), 1.0 / len(nodes))
    base = (1 - DAMPING) / len(nodes)
    for _ in range(ITERATIONS):
        share = DAMPING * rank / out_weight
        new = np.full(len(nodes), base)
        np.add.at(new, dst, share[src] * weight)
        rank = new
    return dict(zip(nodes, rank.tolist(), strict=True))


def _graph(session: SessionDoc, stop: frozenset[str]) -> dict[str, Counter[str]]:
    t = session.tokens
    edges: dict[str, Counter[str]] = defaultdict(Counter)
    recent: list[str] = []
    for i, lower in enumerate(t.lower):
        if t.sent_start[i]:
            recent = []
        lemma = t.lemma[i] or lower
        if not t.alpha[i] or t.stop[i] or len(lower) < MIN_LETTERS or lemma in stop:
            continue
        edges[lemma]  # noqa: B018 - a node even without neighbours
        for other in recent[-(WINDOW - 1):]:
            if other != lemma:
                edges[lemma][other] += 1
                edges[other][lemma] += 1
        recent.append(lemma)
    return edges


def _surface(text: str, start: int, words: tuple[str, ...]) -> str:
    """The phrase as written at or after ``start`` (case kept), or the lower-case words: the
    first place in the next 200 characters where the words follow each other with non-word
    characters between them, compared case-insensitively (as the pattern ``w1\\W+w2…`` with
    ``re.IGNORECASE`` would find it, without compiling one pattern per phrase)."""
    window = text[start : start + 200]
    folded = window.lower()
    keys = [w.lower() for w in words]
    if len(folded) != len(window) or not keys or any(
        len(k) != len(w) or not _is_word_char(k[0]) for k, w in zip(keys, words, strict=True)
    ):
        m = _phrase_pattern(words).search(text, start, start + 200)
        return m.group(0) if m else " ".join(words)
    pos = folded.find(keys[0])
    while pos != -1:
        end = _follows(folded, pos + len(keys[0]), keys[1:])
        if end is not None:
            return window[pos:end]
        pos = folded.find(keys[0], pos + 1)
    return " ".join(words)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _follows(folded: str, at: int, keys: list[str]) -> int | None:
    """Where the keys end when each follows the previous after one or more non-word
    characters from ``at``, or None."""
    for key in keys:
        gap = at
        while gap < len(folded) and not _is_word_char(folded[gap]):
            gap += 1
        if gap == at or not folded.startswith(key, gap):
            return None
        at = gap + len(key)
    return at


@lru_cache(maxsize=256)
def _phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words with any non-word characters between them, case-insensitive: the fallback of
    :func:`_surface` for words whose case-folding changes their length or that start with a
    non-word character."""
    return re.compile(r"\W+".join(re.escape(w) for w in words), re.IGNORECASE)


def _term_like(word: str) -> bool:
    """A single word worth a key phrase: a name or term (``CloudEvents``, ``FSC``, ``ebMS3``)."""
    return len(word) >= 3 and (
        any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word) or "-" in word
    )


def _is_name(surface: str, first_names: frozenset[str]) -> bool:
    """A person's name the NER missed: capitalised words opening with a known first name
    ("Sjaak Derksen")."""
    words = surface.split()
    return len(words) >= 2 and words[0] in first_names and all(w[:1].isupper() for w in words)


def _person_spans(session: SessionDoc) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in session.features.entities if e.label in ("PER", "PERSON")]


def _chair_spans(session: SessionDoc) -> list[tuple[int, int]]:
    """The turns of the chair (``chair_labels`` of the action data): procedure, not subject."""
    chair = session.language.action_words("chair_labels")
    spans = []
    for seg, start in zip(session.segments, session.offsets, strict=False):
        if seg.kind == "turn" and seg.speaker:
            words = re.findall(r"\w+", seg.speaker.casefold())[:2]
            if words and (words[0] in chair or words[-1] in chair):
                spans.append((start, start + len(seg.text)))
    return spans


def lemma_ranks(session: SessionDoc) -> dict[str, float]:
    """The TextRank of each content lemma of the session."""
    return _pagerank(_graph(session, theme_words()["keyphrase_stopwords"]))


def keyphrases(session: SessionDoc, rank: dict[str, float] | None = None) -> list[Phrase]:
    """Key phrases of the session, best first: multi-word noun phrases, or single words written
    as names or terms (with a capital, digit or hyphen), named at least twice."""
    t = session.tokens
    if not t.lower or sum(t.stop) < MIN_STOP_SHARE * len(t.lower):
        return []  # hardly any Dutch function words: another language, whose phrases are noise
    weak = theme_words().get("weak_modifiers", frozenset())
    rank = lemma_ranks(session) if rank is None else rank
    people = Spans(_person_spans(session) + _chair_spans(session))
    first_names = session.language.first_names()
    found: dict[str, Phrase] = {}
    for chunk in session.features.chunks:
        words = [
            (lemma, text)
            for lemma, text in chunk.words
            if lemma in rank and text.casefold() not in weak and lemma not in weak
        ]
        if not words or chunk.start in people:
            continue
        texts = tuple(text for _, text in words)
        surface = _surface(session.text, chunk.start, texts)
        if _is_name(surface, first_names):
            continue
        if len(words) == 1 and not _term_like(surface):
            continue
        key = " ".join(lemma for lemma, _ in words)
        score = math.sqrt(sum(rank[lemma] for lemma, _ in words) / len(words))
        phrase = found.setdefault(key, Phrase(key, score))
        phrase.rank = max(phrase.rank, score)
        phrase.forms[surface] += 1
        phrase.starts.append(chunk.start)
    ranked = [p for p in found.values() if p.count >= 2]
    return sorted(ranked, key=lambda p: (-p.rank * math.log2(1 + p.count), p.key))
