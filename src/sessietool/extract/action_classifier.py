"""The trained sentence classifier for action points (``models/nl_sessie_actions``).

A small spaCy pipeline (blank Dutch tokenizer + bag-of-words ``textcat``) labels one sentence as
decision | agreement | action | request | commitment | none. The sentence's heading and neighbours
are context: their words enter the bag with a prefix (``h_``, ``p_``, ``n_``) so that they count as
different features from the sentence's own words. Training (``training/actions/train.py``) and
prediction build the input with the same :func:`classifier_text`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

NAME = "nl_sessie_actions"
LABELS = ("decision", "agreement", "action", "request", "commitment", "none")
_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
_CONTEXT_WORDS = 12


def _prefixed(prefix: str, text: str, limit: int = _CONTEXT_WORDS) -> str:
    return " ".join(f"{prefix}_{w.casefold()}" for w in _WORD.findall(text)[:limit])


def classifier_text(sentence: str, heading: str = "", prev: str = "", next_: str = "") -> str:
    """The classifier's input: the sentence, then its context words with a prefix each."""
    parts = [sentence.strip(), _prefixed("h", heading), _prefixed("p", prev), _prefixed("n", next_)]
    if sentence.strip().endswith("?"):
        parts.append("q_question")
    return " ".join(p for p in parts if p)


def model_path() -> Path | None:
    """The shipped classifier: ``models/`` of a checkout, else the copy inside the wheel."""
    checkout = Path(__file__).resolve().parents[3] / "models" / NAME
    candidates = [checkout, Path(str(resources.files("sessietool"))) / "models" / NAME]
    return next((p for p in candidates if (p / "meta.json").is_file()), None)


@lru_cache(maxsize=2)
def load(path: str | None = None) -> Language | None:
    """The classifier pipeline, or None when it is not shipped (rules then work alone)."""
    where = path or model_path()
    if where is None:
        return None
    import spacy

    return spacy.load(where)


def classify(texts: list[str], nlp: Language | None = None) -> list[tuple[str, float]]:
    """The best label and its score for each classifier input."""
    nlp = nlp if nlp is not None else load()
    if nlp is None or not texts:
        return [("none", 0.0) for _ in texts]
    out = []
    for doc in nlp.pipe(texts, batch_size=256):
        label = max(doc.cats, key=doc.cats.__getitem__)
        out.append((label, doc.cats[label]))
    return out
