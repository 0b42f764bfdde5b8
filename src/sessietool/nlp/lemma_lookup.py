"""A lookup table that corrects the trainable lemmatizer where it knows the word form.

The edit-tree lemmatizer of ``nl_sessie_sm`` learns from the 2017 UD training files, whose lemma
conventions differ from the current ones in places; the table of spacy-lookups-data
(``nl_lemma_lookup``, MIT, 212,945 forms) follows them. On the held-out UD test split the
trainable lemmatizer alone gets 0.930, this component after it 0.950
(``training/lemma_compare.py``).

The component is registered as the spaCy factory ``sessie_lemma_lookup`` (an entry point of the
package, so ``spacy.load`` finds it); its table is saved with the pipeline.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["LemmaLookup", "make_lemma_lookup"]

TABLE_FILE = "table.json.gz"


class LemmaLookup:
    """Set each token's lemma from ``table`` (the form as written, else lower-cased); tokens the
    table does not know keep the lemma the earlier components gave them."""

    def __init__(self, name: str = "sessie_lemma_lookup", table: dict[str, str] | None = None):
        self.name = name
        self.table: dict[str, str] = table or {}

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for token in doc:
            lemma = table.get(token.text) or table.get(token.lower_)
            if lemma:
                token.lemma_ = lemma
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   table: dict[str, str] | None = None) -> None:
        if table is not None:
            self.table = dict(table)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self.table, ensure_ascii=False, sort_keys=True).encode("utf-8")
        # mtime=0: the same table gives the same bytes (reproducible pipeline folders)
        with gzip.GzipFile(path / TABLE_FILE, "wb", mtime=0) as fh:
            fh.write(data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LemmaLookup:
        with gzip.open(Path(path) / TABLE_FILE, "rt", encoding="utf-8") as fh:
            self.table = json.load(fh)
        return self


@Language.factory("sessie_lemma_lookup", default_config={})
def make_lemma_lookup(nlp: Language, name: str) -> LemmaLookup:
    return LemmaLookup(name)
