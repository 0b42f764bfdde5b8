"""What the spaCy pipeline found in a session, as plain records with offsets into the session text.

Extractors read these instead of a Doc, so a long session can be parsed chunk by chunk and each
chunk's Doc freed at once: memory holds the text and these records, not the Docs.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

_CHUNK_SKIP_POS = ("DET", "PRON", "NUM")


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    ent_id: str
    text: str
    first_pos: str  # part of speech of the first token ("" without a tagger)
    first_text: str
    n_tokens: int


@dataclass(frozen=True)
class Chunk:
    """A noun chunk's content words as (lemma, text) pairs."""

    start: int
    words: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TokenTable:
    """Per-token columns: char offset, lower-case form, lemma, and flags (0/1).

    Numbers and flags are compact arrays and the strings are interned, so a token costs about
    30 bytes: a transcript of millions of words stays small."""

    idx: array[int]
    lower: list[str]
    lemma: list[str]
    alpha: array[int]
    stop: array[int]
    is_lower: array[int]
    sent_start: array[int]

    @classmethod
    def empty(cls) -> TokenTable:
        return cls(array("q"), [], [], array("b"), array("b"), array("b"), array("b"))

    @classmethod
    def of(cls, doc: Doc, offset: int = 0) -> TokenTable:
        from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_STOP, LEMMA, LOWER, SENT_START

        if len(doc) == 0:
            return cls.empty()
        cols = doc.to_array([IDX, LOWER, LEMMA, IS_ALPHA, IS_STOP, IS_LOWER, SENT_START])
        strings = doc.vocab.strings
        names: dict[int, str] = {}

        def text(key: int) -> str:
            if key not in names:
                names[key] = sys.intern(strings[key].casefold()) if key else ""
            return names[key]

        return cls(
            idx=array("q", (i + offset for i in cols[:, 0].tolist())),
            lower=[text(k) for k in cols[:, 1].tolist()],
            lemma=[text(k) for k in cols[:, 2].tolist()],
            alpha=array("b", (1 if x else 0 for x in cols[:, 3].tolist())),
            stop=array("b", (1 if x else 0 for x in cols[:, 4].tolist())),
            is_lower=array("b", (1 if x else 0 for x in cols[:, 5].tolist())),
            sent_start=array("b", (1 if x == 1 else 0 for x in cols[:, 6].tolist())),
        )

    def extend(self, other: TokenTable) -> None:
        for name in ("idx", "lower", "lemma", "alpha", "stop", "is_lower", "sent_start"):
            getattr(self, name).extend(getattr(other, name))


@dataclass
class Features:
    entities: list[Entity] = field(default_factory=list)
    tokens: TokenTable = field(default_factory=TokenTable.empty)
    chunks: list[Chunk] = field(default_factory=list)
    has_pos: bool = False
    has_dep: bool = False

    @property
    def n_tokens(self) -> int:
        return len(self.tokens.idx)

    @classmethod
    def of(cls, doc: Doc, offset: int = 0) -> Features:
        """Records of one Doc whose text starts at ``offset`` in the session text."""
        has_dep = doc.has_annotation("DEP")
        entities = [
            Entity(e.start_char + offset, e.end_char + offset, e.label_, e.ent_id_, e.text,
                   e[0].pos_, e[0].text, len(e))
            for e in doc.ents
        ]
        chunks = []
        if has_dep:
            for chunk in doc.noun_chunks:
                words = tuple(
                    ((t.lemma_ or t.text).casefold(), t.text.casefold())
                    for t in chunk
                    if not (t.is_stop or t.is_punct or t.pos_ in _CHUNK_SKIP_POS)
                )
                if words and len(words) <= 4:
                    chunks.append(Chunk(chunk.start_char + offset, words))
        return cls(entities, TokenTable.of(doc, offset), chunks, doc.has_annotation("POS"), has_dep)

    def extend(self, other: Features) -> None:
        """Append the records of the next chunk of the session."""
        self.entities.extend(other.entities)
        self.tokens.extend(other.tokens)
        self.chunks.extend(other.chunks)
        self.has_pos = self.has_pos or other.has_pos
        self.has_dep = self.has_dep or other.has_dep


class Fold:
    """A session's features folded from its chunks' Docs as they arrive, in order: each Doc is
    read and can be let go at once, so memory holds the text and the features, not the Docs."""

    __slots__ = ("features", "offset")

    def __init__(self) -> None:
        self.features = Features()
        self.offset = 0

    def add(self, doc: Doc) -> None:
        self.features.extend(Features.of(doc, self.offset))
        self.offset += len(doc.text)


def fold(docs: Iterable[Doc]) -> Features:
    """The features of a session from its chunks' Docs (an iterator: taken one at a time)."""
    folding = Fold()
    for doc in docs:
        folding.add(doc)
    return folding.features
