"""Themes: the taxonomy's themes matched on lemmas and words, plus key phrases from the text.

A taxonomy term of five letters or more matches as a prefix (``budget`` → ``budgetten``), a
shorter one only whole; a term with a space matches as a phrase. Key phrases are the noun chunks
(or, without a parser, content words) named most often, so that sessions outside the taxonomy
still get themes. Scores are each theme's share of all theme evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..language import ThemeEntry, slugify
from ..summary import Theme
from .context import SessionDoc
from .text import add_line

MAX_TAXONOMY = 12
MAX_KEYPHRASES = 5
PREFIX_MIN = 5


HEAD_WEIGHT = 3  # a theme's first term names the theme itself ("lerarentekort"): strong evidence


@dataclass
class _Evidence:
    hits: int = 0
    weight: int = 0
    words: Counter[str] = field(default_factory=Counter)
    lines: list[int] = field(default_factory=list)


class _TermIndex:
    """Single-word terms by form: whole words, and prefixes of PREFIX_MIN letters or more."""

    def __init__(self, themes: list[ThemeEntry]) -> None:
        self.exact: dict[str, tuple[ThemeEntry, str]] = {}
        self.prefix: dict[str, tuple[ThemeEntry, str]] = {}
        for theme in themes:
            for term in theme.terms:
                if " " in term:
                    continue
                table = self.prefix if len(term) >= PREFIX_MIN else self.exact
                table.setdefault(term, (theme, term))
        self.lengths = sorted({len(t) for t in self.prefix}, reverse=True)

    def match(self, forms: tuple[str, ...]) -> tuple[ThemeEntry, str] | None:
        """The first theme (in taxonomy order) whose term matches one of the forms."""
        hits = []
        for f in forms:
            f = f.removesuffix("'s")
            if f in self.exact:
                hits.append(self.exact[f])
            hits.extend(self.prefix[f[:n]] for n in self.lengths if f[:n] in self.prefix)
        return hits[0] if hits else None


def _taxonomy(session: SessionDoc) -> dict[str, _Evidence]:
    found: dict[str, _Evidence] = defaultdict(_Evidence)
    index = _TermIndex(session.language.themes)
    phrases = [(t, term) for t in session.language.themes for term in t.terms if " " in term]
    covered: set[int] = set()
    low = session.text.casefold()
    for theme, term in phrases:
        for m in re.finditer(rf"(?<!\w){re.escape(term)}", low):
            ev = found[theme.id]
            ev.hits += 1
            ev.weight += HEAD_WEIGHT if term == theme.terms[0] else 1
            end = low.find(" ", m.end()) if low.find(" ", m.end()) != -1 else len(low)
            ev.words[session.text[m.start() : end].strip(".,;:!?'’)").casefold()] += 1
            add_line(ev.lines, session.line_of(m.start()))
            covered.update(range(m.start(), m.end()))
    table = session.tokens
    cache: dict[tuple[str, str], tuple[ThemeEntry, str] | None] = {}
    for i, lower in enumerate(table.lower):
        if not table.alpha[i] and "-" not in lower or table.stop[i] or table.idx[i] in covered:
            continue
        forms = (lower, table.lemma[i]) if table.lemma[i] else (lower,)
        if forms not in cache:
            cache[forms] = index.match(forms)
        hit = cache[forms]
        if hit:
            theme, term = hit
            ev = found[theme.id]
            ev.hits += 1
            ev.weight += HEAD_WEIGHT if term == theme.terms[0] else 1
            ev.words[lower] += 1
            add_line(ev.lines, session.line_of(table.idx[i]))
    return found


def _keyphrases(session: SessionDoc, exclude: set[str]) -> dict[str, _Evidence]:
    found: dict[str, _Evidence] = defaultdict(_Evidence)
    features = session.features
    if features.has_dep:
        candidates = [(c.words, c.start) for c in features.chunks]
    else:  # no parser: long content words
        t = features.tokens
        candidates = [
            (((t.lemma[i] or w, w),), t.idx[i])
            for i, w in enumerate(t.lower)
            if t.alpha[i] and not t.stop[i] and len(w) > 5
        ]
    for words, start in candidates:
        key = " ".join(lemma for lemma, _ in words)
        surface = " ".join(text for _, text in words)
        if len(key) < 4 or {key, surface} & exclude or any(k in exclude for k in surface.split()):
            continue
        ev = found[key]
        ev.hits += 1
        ev.weight += 1
        ev.words[surface] += 1
        add_line(ev.lines, session.line_of(start))
    return {k: v for k, v in found.items() if v.hits >= 2}


def themes(session: SessionDoc) -> list[Theme]:
    """Themes, strongest first, taxonomy and key phrases together."""
    by_id: dict[str, ThemeEntry] = {t.id: t for t in session.language.themes}
    tax = _taxonomy(session)
    words = session.features.n_tokens
    floor = 1 if words < 3000 else 2
    ranked = sorted(
        ((k, v) for k, v in tax.items() if v.hits >= floor), key=lambda kv: (-kv[1].weight, kv[0])
    )[:MAX_TAXONOMY]
    used = {w for _, ev in ranked for w in ev.words}
    kp = sorted(_keyphrases(session, used).items(), key=lambda kv: (-kv[1].hits, kv[0]))
    kp = kp[:MAX_KEYPHRASES]
    total = sum(ev.weight for _, ev in ranked) + sum(ev.weight for _, ev in kp) or 1
    out = [
        Theme(
            id=tid,
            label=by_id[tid].label,
            score=round(ev.weight / total, 4),
            keywords=[w for w, _ in sorted(ev.words.items(), key=lambda x: (-x[1], x[0]))][:8],
            lines=sorted(ev.lines),
            source="taxonomy",
        )
        for tid, ev in ranked
    ]
    out += [
        Theme(
            id=f"kp-{slugify(key)}",
            label=ev.words.most_common(1)[0][0],
            score=round(ev.weight / total, 4),
            keywords=[w for w, _ in ev.words.most_common(5)],
            lines=sorted(ev.lines),
            source="keyphrase",
        )
        for key, ev in kp
    ]
    return sorted(out, key=lambda t: (-t.score, t.id))
