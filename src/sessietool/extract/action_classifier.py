"""The trained sentence classifier for action points (``models/nl_sessie_actions``).

A small spaCy pipeline (blank Dutch tokenizer + bag-of-words ``textcat``) labels one sentence as
decision | agreement | action | request | commitment | none. The sentence's heading and neighbours
are context: their words enter the bag with a prefix (``h_``, ``p_``, ``n_``) so that they count as
different features from the sentence's own words. The bag is case-folded (the model's n-grams are
case-sensitive), and only a few words of each neighbour enter it: on held-out files whole
neighbouring sentences made the classifier worse (they outweigh the sentence itself). Training
(``training/actions/train.py``) and prediction build the input with the same
:func:`classifier_text`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

NAME = "nl_sessie_actions"
LABELS = ("decision", "agreement", "action", "request", "commitment", "none")
_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
_HEADING_WORDS = 8
_NEIGHBOUR_WORDS = 3


def _prefixed(prefix: str, words: list[str]) -> str:
    return " ".join(f"{prefix}_{w.casefold()}" for w in words)


def classifier_text(sentence: str, heading: str = "", prev: str = "", next_: str = "") -> str:
    """The classifier's input: the sentence, then its context words with a prefix each (the
    heading's first words, the previous sentence's last and the next one's first words)."""
    parts = [
        " ".join(w.casefold() for w in _WORD.findall(sentence)),
        _prefixed("h", _WORD.findall(heading)[:_HEADING_WORDS]),
        _prefixed("p", _WORD.findall(prev)[-_NEIGHBOUR_WORDS:]),
        _prefixed("n", _WORD.findall(next_)[:_NEIGHBOUR_WORDS]),
    ]
    if sentence.strip().endswith("?"):
        parts.append("q_question")
    return " ".join(p for p in parts if p)


TOKENIZER = "sessietool.whitespace_tokenizer.v1"


class WhitespaceTokenizer:
    """Splits on white space: the input is built by :func:`classifier_text`, so spaCy's Dutch
    tokenizer (whose 9,000 special cases take a second to load) is not needed."""

    def __init__(self, vocab: object):
        self.vocab = vocab

    def __call__(self, text: str) -> object:
        from spacy.tokens import Doc

        return Doc(self.vocab, words=text.split() or [""])

    def to_disk(self, path: object, **kwargs: object) -> None:
        pass

    def from_disk(self, path: object, **kwargs: object) -> WhitespaceTokenizer:
        return self

    def to_bytes(self, **kwargs: object) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: object) -> WhitespaceTokenizer:
        return self


def register_tokenizer() -> None:
    """Make the white-space tokenizer known to spaCy's registry (once)."""
    from spacy.util import registry

    if TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(TOKENIZER, func=_tokenizer_factory)


def _tokenizer_factory() -> Callable[[Language], WhitespaceTokenizer]:
    return lambda nlp: WhitespaceTokenizer(nlp.vocab)


def model_path() -> Path | None:
    """The shipped classifier: ``models/`` of a checkout, else the copy inside the wheel."""
    checkout = Path(__file__).resolve().parents[3] / "models" / NAME
    candidates = [checkout, Path(str(resources.files("sessietool"))) / "models" / NAME]
    return next((p for p in candidates if (p / "meta.json").is_file()), None)


ENV_VAR = "SESSIETOOL_ACTION_CLASSIFIER"  # "off": rules alone


def load(path: str | None = None) -> Language | None:
    """The classifier pipeline, or None when it is not shipped or ``SESSIETOOL_ACTION_CLASSIFIER``
    is ``off`` (rules then work alone)."""
    if path is None and os.environ.get(ENV_VAR, "").casefold() == "off":
        return None
    return _load(path)


@lru_cache(maxsize=2)
def _load(path: str | None) -> Language | None:
    where = path or model_path()
    if where is None:
        return None
    import spacy

    register_tokenizer()
    nlp = spacy.load(where)
    # The bag-of-words model reads only each word's ORTH: the lexical attributes spaCy computes
    # for every new word (shape, prefix, suffix, like_num, …) are never used and cost a third of
    # the classifier's time.
    nlp.vocab.lex_attr_getters = {}
    return nlp


def best(cats: dict[str, float]) -> tuple[str, float]:
    """The likeliest label and its probability. (Ranking by 1 - P(none) instead was worse on
    the held-out files: precision .78 at recall .20 against .86 at .21.)"""
    label = max(cats, key=cats.__getitem__)
    return label, cats[label]


def classify(texts: list[str], nlp: Language | None = None) -> list[tuple[str, float]]:
    """The likeliest label and its probability for each classifier input (an input longer than
    the pipeline's ``max_length``, a "sentence" of one 5 MB line, is classified by its start)."""
    nlp = nlp if nlp is not None else load()
    if nlp is None or not texts:
        return [("none", 0.0) for _ in texts]
    bounded = (text[: nlp.max_length] for text in texts)
    return [best(doc.cats) for doc in nlp.pipe(bounded, batch_size=256)]
