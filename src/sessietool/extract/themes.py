"""Themes: the agenda items the document names, the taxonomy's themes with enough evidence, and
key phrases, strongest first and at most ``LanguageData.max_themes`` of them.

* agenda (``source: agenda``): each non-procedural agenda item or heading, labelled as the
  document labels it; its score is the share of the text under it. A document with no agenda
  items or headings (a debate, a short report) is about the subjects its own title lists
  ("Wmo / Mantelzorg / Hulpmiddelenbeleid"), unless the title is procedure or meeting words.
* taxonomy: a term of five letters or more matches as a prefix (``budget`` → ``budgetten``), a
  shorter one only whole, a term with a space as a phrase. A theme needs its head term (the first
  term, which names the theme) or at least ``MIN_DISTINCT`` distinct terms: one weak word such
  as "duurzaam" in a question does not make a theme. A taxonomy theme whose evidence lies in an
  agenda item's text, or whose words are in its title, is merged into that item.
* keyphrase: TextRank key phrases (:mod:`.keyphrases`) that no agenda theme already names.

Scores are shares within each source weighted by ``SOURCE_WEIGHT`` (taxonomy shares of at least
the text's length / ``TAXONOMY_DENSITY``), then normalised to sum 1.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..dates import MONTHS
from ..language import LanguageData, ThemeEntry, slugify
from ..summary import Theme
from .agenda_items import AgendaItem, agenda_items, is_boilerplate, normalise, theme_words
from .context import SessionDoc
from .keyphrases import keyphrases, lemma_ranks
from .motions import keywords_of, motion_subjects, subject_of
from .requests import requests
from .session import document_title
from .text import add_line
from .title_subject import title_subject

PREFIX_MIN = 5
MIN_DISTINCT = 2
HEAD_WEIGHT = 3
MAX_KEYWORDS = 16
SOURCE_WEIGHT = {"agenda": 1.0, "taxonomy": 0.5, "keyphrase": 0.35}
DEFAULT_MAX_THEMES = 8


@dataclass
class _Evidence:
    hits: int = 0
    weight: int = 0
    head: bool = False
    terms: set[str] = field(default_factory=set)
    words: Counter[str] = field(default_factory=Counter)
    starts: list[int] = field(default_factory=list)


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
        false_friends = theme_words().get("prefix_exceptions", frozenset())
        for f in forms:
            f = f.removesuffix("'s").removesuffix("’s")
            if f in false_friends:  # "eventueel" is no "event"
                continue
            if f in self.exact:
                hits.append(self.exact[f])
            hits.extend(self.prefix[f[:n]] for n in self.lengths if f[:n] in self.prefix)
        return hits[0] if hits else None


def _add(ev: _Evidence, theme: ThemeEntry, term: str, word: str, start: int) -> None:
    ev.hits += 1
    first = theme.terms[0]
    head = term == first or (len(first) >= PREFIX_MIN and word.startswith(first))
    ev.head = ev.head or head
    ev.weight += HEAD_WEIGHT if head else 1
    ev.terms.add(term)
    ev.words[word] += 1
    ev.starts.append(start)


_NON_SPACE = re.compile(r"\S*")


def _taxonomy_index(language: LanguageData) -> tuple[_TermIndex, list[tuple[ThemeEntry, str]]]:
    """The single-word index and the multi-word terms (built once per taxonomy)."""
    phrases = [(t, term) for t in language.themes for term in t.terms if " " in term]
    return _TermIndex(language.themes), phrases


def _occurrences(text: str, term: str) -> Iterator[int]:
    """Where ``term`` starts in ``text`` after no word character, left to right and not
    overlapping (as ``re.finditer(r"(?<!\\w)" + re.escape(term), text)``, by ``str.find``)."""
    pos = text.find(term)
    while pos != -1:
        if pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_"):
            yield pos
            pos = text.find(term, pos + max(len(term), 1))
        else:
            pos = text.find(term, pos + 1)


def taxonomy_evidence(session: SessionDoc) -> dict[str, _Evidence]:
    """Every taxonomy theme the text has evidence for (before the evidence rule)."""
    found: dict[str, _Evidence] = defaultdict(_Evidence)
    index, phrases = session.language.compiled("taxonomy-index", _taxonomy_index)
    covered: set[int] = set()
    low = session.text.casefold()
    for theme, term in phrases:
        for start in _occurrences(low, term):
            end = start + len(term)
            word = term + _NON_SPACE.match(low, end).group(0)
            _add(found[theme.id], theme, term, word.strip(".,;:!?'’)").casefold(), start)
            covered.update(range(start, end))
    for e in session.features.entities:  # "Politie" as a participant is no theme
        if e.label == "ORG":
            covered.update(range(e.start, e.end))
    table = session.tokens
    cache: dict[tuple[str, ...], tuple[ThemeEntry, str] | None] = {}
    for i, lower in enumerate(table.lower):
        if not table.alpha[i] and "-" not in lower or table.stop[i] or table.idx[i] in covered:
            continue
        forms = (lower, table.lemma[i]) if table.lemma[i] else (lower,)
        if forms not in cache:
            cache[forms] = index.match(forms)
        hit = cache[forms]
        if hit:
            _add(found[hit[0].id], hit[0], hit[1], lower, table.idx[i])
    return found


def has_evidence(ev: _Evidence, n_tokens: int) -> bool:
    """The head term, or MIN_DISTINCT distinct terms; long texts need more than one mention."""
    distinct = {term[:PREFIX_MIN] for term in ev.terms}  # "digitaal" and "digitale" are one
    if not (ev.head or len(distinct) >= MIN_DISTINCT):
        return False
    return ev.hits >= (1 if n_tokens < 3000 else 3)


def _title_words(label: str) -> list[str]:
    """The content words of a title: no stopwords, no meeting boilerplate."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    stop = theme_words()["keyphrase_stopwords"]
    words = re.findall(r"[^\W_][\w'’-]*", label.casefold())
    return [w for w in words if len(w) >= 3 and w not in stop and w not in STOP_WORDS]


@dataclass
class _Draft:
    id: str
    label: str
    source: str
    raw: float
    keywords: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)

    def add_keywords(self, words: list[str]) -> None:
        for w in words:
            w = w.strip(" ?!.,;:\"“”‘’()[]") if w else w  # "api’s?”" → "api’s"
            if w and w not in self.keywords:
                self.keywords.append(w)


def _agenda_drafts(session: SessionDoc, items: list[AgendaItem]) -> list[_Draft]:
    """One draft per item; its text runs to the next item or the next heading."""
    offsets, segments = session.offsets, session.segments
    low = session.text.casefold()
    drafts = []
    for k, item in enumerate(items):
        start = offsets[item.segment] if item.segment < len(offsets) else 0
        nxt = items[k + 1].segment if k + 1 < len(items) else len(offsets)
        heading = next(
            (j for j in range(item.segment + 1, nxt) if segments[j].kind == "heading"), nxt
        )
        end = offsets[heading] if heading < len(offsets) else len(session.text)
        words = len(session.text[start:end].split())
        title = _title_words(item.title)
        raw = 1.0 + words
        if nxt == item.segment + 1:  # an agenda list's line: its evidence is named elsewhere
            raw += 3 * sum(low.count(w) - low.count(w, start, end) for w in title if len(w) >= 5)
        d = _Draft(f"agenda-{slugify(item.title)}", item.title, "agenda", raw, span=(start, end))
        d.add_keywords([item.title.casefold(), *title])
        d.starts.append(start)
        drafts.append(d)
    return drafts


_TITLE_PARTS = re.compile(r"\s+/\s+|\s*;\s*")  # "Wmo / Mantelzorg / Hulpmiddelenbeleid"


def _title_drafts(session: SessionDoc) -> list[_Draft]:
    """A document without agenda items or headings (a debate, a short report) is about what its
    own title names: one draft per subject the title lists, over the whole text. A title of
    procedure ("Regeling van werkzaamheden") or only meeting words and dates names none."""
    title = document_title(session)
    if not title:
        return []
    drafts = []
    size = 1.0 + len(session.text.split())
    for part in _TITLE_PARTS.split(title):
        label = title_subject(normalise(part))
        words = [w for w in _title_words(label) if not w.isdigit() and w not in MONTHS]
        if not words or is_boilerplate(label):
            continue
        raw = size - len(drafts)  # in the title's order
        d = _Draft(f"agenda-{slugify(label)}", label, "agenda", raw)
        d.add_keywords([label.casefold(), *words])
        d.starts.append(0)
        d.span = (0, len(session.text))
        drafts.append(d)
    return drafts


MOTION_SHARE = 0.25  # a motion's weight beside a subject of the title (each the whole text)


def _motion_drafts(
    session: SessionDoc, rank: dict[str, float], named: list[_Draft]
) -> list[_Draft]:
    """One draft per subject the motions ask about (:mod:`.motions`), motions whose subjects
    share a word merged into the first: a debate's sub-subjects beside its title's. At most
    half the themes come from motions (those asked most often first): the questions and
    answers of the debate (key phrases, the taxonomy) keep the other half."""
    skip = _skip_words(session)
    known = frozenset(w for d in named for k in d.keywords[1:] for w in k.split())
    size = 1.0 + len(session.text.split())
    drafts: list[_Draft] = []
    lemmas: list[frozenset[str]] = []
    chunks = session.features.chunks
    for subject in motion_subjects(session.text, chunks, rank, known, skip):
        weight = MOTION_SHARE * size
        same = next((d for d, ls in zip(drafts, lemmas, strict=True) if ls & subject.lemmas), None)
        if same is not None:
            same.raw += weight / 2
            same.add_keywords(list(subject.keywords))
            same.starts.append(subject.start)
            continue
        d = _Draft(f"agenda-{slugify(subject.label)}", subject.label, "agenda", weight)
        d.add_keywords(list(subject.keywords))
        d.starts.append(subject.start)
        d.span = (subject.start, subject.end)
        drafts.append(d)
        lemmas.append(subject.lemmas)
    limit = getattr(session.language, "max_themes", DEFAULT_MAX_THEMES)
    keep = sorted(drafts, key=lambda d: -d.raw)[: max(1, limit // 2)]  # room for the debate
    return [d for d in drafts if d in keep]


def _skip_words(session: SessionDoc) -> frozenset[str]:
    """Words that never name a motion's or request's subject: stopwords, meeting, judging and
    address words, and the names of the people in the text."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    words = theme_words()
    return (
        words["keyphrase_stopwords"]
        | words.get("weak_modifiers", frozenset())
        | words.get("motion_generic", frozenset())
        | frozenset(STOP_WORDS)
        | _people(session)
    )


def _request_drafts(session: SessionDoc, rank: dict[str, float]) -> list[_Draft]:
    """A sitting of procedure (its title is procedure: "Regeling van werkzaamheden") is about
    what its members ask debates on (:mod:`.requests`): one draft per request, labelled by the
    phrase of its turn most particular to its discussion (tf × idf over the requests: "sociale
    werkvoorziening"), its keywords from the request and the turns that support or oppose it."""
    title = document_title(session)
    if not title or not is_boilerplate(normalise(title)):
        return []
    chair = session.language.action_words("chair_labels")
    skip = _skip_words(session)
    size = 1.0 + len(session.text.split())
    chunks = session.features.chunks
    found = requests(session.segments, session.offsets, len(session.text), chair)
    blocks = [[c for c in chunks if r.block[0] <= c.start < r.block[1]] for r in found]
    counts = [Counter(lemma for c in b for lemma, _ in c.words) for b in blocks]
    df = Counter(lemma for c in counts for lemma in c)
    drafts: list[_Draft] = []
    for req, block, tf in zip(found, blocks, counts, strict=True):
        # what is particular to this request's discussion: tf × idf over the requests
        weight = {w: n * math.log(1 + len(found) / df[w]) for w, n in tf.items()}
        turn = [c for c in block if c.start < req.turn[1]]
        subject = subject_of(session.text, turn, weight, frozenset(), skip, repeated=True)
        if subject is None:
            continue
        label = subject[0]
        d = _Draft(f"agenda-{slugify(label)}", label, "agenda", MOTION_SHARE * size)
        d.add_keywords(list(keywords_of(label, block, skip)))
        d.starts.append(req.turn[0])
        d.span = req.block
        drafts.append(d)
    return drafts


SECTION_TERMS = 10
SINGLE_MIN = 7  # a word named once is a term when it is this long (a compound) or coined
_TERM = re.compile(r"[^\W\d_][\w'’-]*[^\W_]")  # a word that starts with a letter: "w3c", "api-48"
_ACRONYM = re.compile(r"[^\W\d_]+\d[\w]*")  # "w3c", "b2b": short, but no function word


def _people(session: SessionDoc) -> frozenset[str]:
    """The words of the person names the text's entities give, in lower case."""
    return frozenset(
        w.casefold()
        for e in session.features.entities
        if e.label in ("PER", "PERSON")
        for w in e.text.split()
    )


def _section_terms(session: SessionDoc, drafts: list[_Draft]) -> list[list[str]]:
    """The words most particular to each agenda item's text (tf × idf over the items): content
    words in lower case, no stopwords or meeting words, no names (PER entities, or capitalised
    inside a sentence)."""
    stop = theme_words()["keyphrase_stopwords"]
    people = _people(session)
    spans = [d.span for d in drafts]
    counts: list[Counter[str]] = [Counter() for _ in drafts]
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for chunk in session.features.chunks:  # noun chunks: nouns and adjectives, no verbs
        k = next((j for j, (s, e) in enumerate(spans) if s <= chunk.start < e), None)
        if k is None:
            continue
        for lemma, lower in chunk.words:
            if not _TERM.fullmatch(lower) or len(lower) < 4 and not _ACRONYM.fullmatch(lower):
                continue
            if lemma in stop or lower in stop or lower in people:
                continue
            counts[k][lemma] += 1
            forms[lemma][lower] += 1
    df = Counter(lemma for c in counts for lemma in c)
    n = len(drafts)
    out = []
    for c in counts:
        ranked = sorted(c, key=lambda w: (-c[w] * math.log(1 + n / df[w]), w))
        terms = [forms[w].most_common(1)[0][0] for w in ranked if c[w] >= 2 or _specific(w)]
        out.append(terms[:SECTION_TERMS])
    return out


def _specific(word: str) -> bool:
    """A word specific enough to be a search term when the text names it once: a long word
    (a compound such as "ledenadministratie") or a coined one ("w3c", "api-48")."""
    return len(word) >= SINGLE_MIN or any(ch.isdigit() or ch == "-" for ch in word)


def _inside(starts: list[int], span: tuple[int, int]) -> float:
    return sum(span[0] <= s < span[1] for s in starts) / len(starts) if starts else 0.0


def _merge_taxonomy(
    drafts: list[_Draft], tax: list[_Draft], size: int
) -> list[_Draft]:
    """Taxonomy drafts that agree with an agenda draft (their words in its title, or most of
    their evidence in its text, when that text is not most of the document) become its
    keywords; the rest stay themes of their own."""
    rest = []
    for t in tax:
        best = None
        for d in drafts:
            title = d.keywords[0]
            part = (d.span[1] - d.span[0]) < size / 2
            if any(w in title for w in t.keywords) or part and _inside(t.starts, d.span) >= 0.6:
                best = d
                break
        if best is None:
            rest.append(t)
        else:
            best.add_keywords([t.label.casefold(), *t.keywords[:3]])
            best.raw += 0  # the agenda item's own evidence already counts the text
    return rest


TAXONOMY_DENSITY = 50  # tokens per unit of taxonomy weight that make a theme's full share
KEYPHRASE_FULL = 1.0  # rank × count of key phrases that make a full share


def _scored(drafts: list[_Draft], n_tokens: int) -> list[tuple[_Draft, float]]:
    """Each draft's share within its source, weighted by SOURCE_WEIGHT, normalised to sum 1.
    Taxonomy shares are of at least ``n_tokens / TAXONOMY_DENSITY`` and key-phrase shares of at
    least ``KEYPHRASE_FULL``: a few hits, or a phrase named twice, stay small beside the agenda."""
    totals: dict[str, float] = defaultdict(float)
    for d in drafts:
        totals[d.source] += d.raw
    totals["taxonomy"] = max(totals["taxonomy"], n_tokens / TAXONOMY_DENSITY)
    totals["keyphrase"] = max(totals["keyphrase"], KEYPHRASE_FULL)
    weighted = [(d, SOURCE_WEIGHT[d.source] * d.raw / (totals[d.source] or 1)) for d in drafts]
    total = sum(w for _, w in weighted) or 1.0
    return sorted(((d, w / total) for d, w in weighted), key=lambda x: (-x[1], x[0].id))


FAMILY_MIN = 3  # agenda items that share a title word and so make one theme
FAMILY_WORD = 6  # letters of the shared word at least


def merge_families(drafts: list[_Draft], people: frozenset[str] = frozenset()) -> list[_Draft]:
    """Agenda items whose titles share a word (``FAMILY_MIN`` or more: "Commissies",
    "Marketing Commissie", "Commissie België") become one theme under the item that names only
    that word ("Toelichting commissies"), so that a long agenda's distinct subjects stay within
    the cap. A name ("Martin", in people) makes no family."""
    words: Counter[str] = Counter()
    titles = [_title_words(d.label) for d in drafts]
    for tw in titles:
        words.update({w for w in tw if len(w) >= FAMILY_WORD and w not in people})
    for word, _ in words.most_common():
        members = [
            d for d, tw in zip(drafts, titles, strict=True) if any(w.startswith(word) for w in tw)
        ]
        if len(members) < FAMILY_MIN or len(members) == len(drafts):
            continue
        parent = next((d for d in members if _is_parent(d.label, word)), None)
        if parent is None:
            continue
        for d in members:
            if d is not parent:
                parent.raw += d.raw
                parent.add_keywords([d.keywords[0], *d.keywords[1:4]])
                parent.starts.extend(d.starts)
        keep = [d for d in drafts if d is parent or d not in members]
        return merge_families(keep, people)
    return drafts


def _is_parent(label: str, word: str) -> bool:
    """A title that names only the family: "Commissie", "Commissies", "Toelichting commissies"
    (the plural), not one member ("Marketing commissie")."""
    words = _title_words(label)
    if len(words) == 1:
        return words[0].startswith(word)
    last = words[-1]
    return len(words) == 2 and last.startswith(word) and last != word and len(last) <= len(word) + 2


def _unique(ident: str, taken: set[str]) -> str:
    base, n = ident, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def themes(session: SessionDoc, items: list[AgendaItem] | None = None) -> list[Theme]:
    """Themes, strongest first: agenda items, taxonomy themes and key phrases together."""
    if items is None:
        items = agenda_items(session.transcript)  # after i16: session.transcript.agenda
    limit = getattr(session.language, "max_themes", DEFAULT_MAX_THEMES)
    agenda = _agenda_drafts(session, items)
    titled = [] if agenda else _title_drafts(session)
    rank = lemma_ranks(session)
    if not agenda and not titled:
        titled = _request_drafts(session, rank)
    motions = _motion_drafts(session, rank, [*agenda, *titled])
    by_id = {t.id: t for t in session.language.themes}
    tax = []
    for tid, ev in taxonomy_evidence(session).items():
        if has_evidence(ev, session.features.n_tokens):
            words = [w for w, _ in sorted(ev.words.items(), key=lambda x: (-x[1], x[0]))]
            d = _Draft(tid, by_id[tid].label, "taxonomy", float(ev.weight), words[:MAX_KEYWORDS])
            d.starts = ev.starts
            tax.append(d)
    tax = _merge_taxonomy([*agenda, *titled], tax, len(session.text))  # not into a motion
    named = " ".join(k for d in [*agenda, *titled, *motions] for k in d.keywords)
    kp = []
    for p in keyphrases(session, rank)[: 2 * limit]:
        if p.key in named or p.label.casefold() in named:
            continue
        d = _Draft(f"kp-{slugify(p.label)}", p.label, "keyphrase", p.rank * p.count)
        d.add_keywords([f.casefold() for f, _ in p.forms.most_common(3)])
        d.starts = p.starts
        kp.append(d)
    described: set[str] = set()
    for d, terms in zip(agenda, _section_terms(session, agenda), strict=True):
        inside = [p for p in kp if _inside(p.starts, d.span) >= 0.5][:3]
        d.add_keywords([p.label.casefold() for p in inside])  # its text's key phrases
        d.add_keywords(terms)
        described.update(p.id for p in inside)
    kp = [p for p in kp if p.id not in described]  # they describe an agenda item instead
    if len(agenda) > limit:
        agenda = merge_families(agenda, _people(session))
    drafts = [*agenda, *titled, *motions, *tax, *kp]
    out: list[Theme] = []
    taken: set[str] = set()
    for d, score in _scored(drafts, session.features.n_tokens)[:limit]:
        lines: list[int] = []
        for s in sorted(d.starts):
            add_line(lines, session.line_of(s))
        out.append(
            Theme(
                id=_unique(d.id, taken),
                label=d.label,
                score=round(score, 4),
                keywords=d.keywords[:MAX_KEYWORDS],
                lines=sorted(lines),
                source=d.source,
            )
        )
    return out
