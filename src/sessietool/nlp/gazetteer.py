"""The gazetteer's organisation names as ORG entities, ahead of the statistical NER.

Each alias is one phrase: acronyms, aliases of four letters or fewer and one-word aliases match
as written (``ORTH``: "financiën" the word is no ministry), longer forms ignore case
(``LOWER``); a leading article is dropped ("de Belastingdienst" → "Belastingdienst"). Two
:class:`~spacy.matcher.PhraseMatcher` tables find them in time linear in the text, where a
:class:`~spacy.matcher.Matcher` of one token pattern per alias (the entity ruler's way for
mixed-case rules) costs a pass per pattern.

Overlaps are settled as spaCy's ``entity_ruler`` with ``overwrite_ents`` settles them: longest
match first, then the earliest, then the organisation listed first; a match that shares its first
or last token with one already taken is dropped, and a match replaces the entities it overlaps.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

__all__ = ["GazetteerRuler", "alias_words", "is_exact", "make_gazetteer_ruler"]

LABEL = "ORG"
ARTICLES = ("de", "het")


def alias_words(alias: str) -> str:
    """The alias as it is matched: without a leading article."""
    words = alias.split()
    if len(words) > 1 and words[0].lower() in ARTICLES:
        return " ".join(words[1:])
    return alias


def is_exact(alias: str, tokens: int) -> bool:
    """Whether the alias matches only as written: an acronym, four letters or fewer, or one
    token (a one-word alias is also a word: "financiën", "defensie")."""
    return not any(c.islower() for c in alias) or len(alias) <= 4 or tokens == 1


class GazetteerRuler:
    """Organisation aliases → ORG entities whose ``ent_id_`` is the organisation id."""

    def __init__(self, nlp: Language, name: str = "sessietool_gazetteer") -> None:
        self.name = name
        self.vocab = nlp.vocab
        self._make_doc = nlp.make_doc
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._ids: dict[int, str] = {}
        self._order: dict[int, int] = {}

    def add(self, org_id: str, aliases: Sequence[str]) -> None:
        """Add one organisation's name and aliases."""
        label = f"{LABEL}||{org_id}"
        key = self.vocab.strings.add(label)
        self._ids[key] = org_id
        self._order.setdefault(key, len(self._order))
        for alias in dict.fromkeys(aliases):
            text = alias_words(alias)
            doc = self._make_doc(text)
            if len(doc):
                (self.exact if is_exact(text, len(doc)) else self.folded).add(label, [doc])

    def __call__(self, doc: Doc) -> Doc:
        found = {(m, s, e) for m, s, e in [*self.exact(doc), *self.folded(doc)] if s != e}
        ordered = sorted(found, key=lambda m: (-(m[2] - m[1]), m[1], self._order[m[0]]))
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for key, start, end in ordered:
            if start in seen or end - 1 in seen:
                continue
            new.append(Span(doc, start, end, label=LABEL, span_id=self._ids[key]))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
        return doc


@Language.factory("sessietool_gazetteer_ruler", default_config={})
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, name)
