"""Score a pipeline's named entities on CoNLL-style IOB data (CoNLL-2002 ``ned.testb`` etc.).

Import-light: spaCy is only imported inside :func:`score_iob`.

File format: one token a line, ``TOKEN [POS ...] TAG`` (the tag is the last column, IOB1 or
IOB2), blank lines between sentences, ``-DOCSTART-`` lines between articles. The CoNLL-2002
Dutch files carry a broken byte (``\\x81`` when read as latin-1) where é/ë/ï/ü stood; it also
swallowed the next character, sometimes the space before the POS tag (``Belgi\\x81EN B-LOC``).
:func:`repair_line` fixes both cases.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "IOBSentence",
    "iob1_to_iob2",
    "parse_iob",
    "read_iob",
    "repair_line",
    "repair_token",
    "score_iob",
    "spans_from_iob",
]

CONLL2002_POS = (
    "Adj", "Adv", "Art", "Conj", "Int", "Misc", "N", "Num", "Prep", "Pron", "Punc", "V",
)
BROKEN = "\x81"
_VOWELS = frozenset("aeiouyAEIOUY")


def _accent(prev: str) -> str:
    """Best guess for the letter behind the broken byte: ë after a vowel (België, Israël,
    ideeën, creëren), é otherwise (André, José, café, comité)."""
    return "ë" if prev in _VOWELS else "é"


def repair_token(token: str) -> str:
    """Replace each broken ``\\x81E`` inside a word by é/ë. The letter it swallowed is lost."""
    out: list[str] = []
    i = 0
    while i < len(token):
        ch = token[i]
        if ch == BROKEN:
            out.append(_accent(out[-1] if out else ""))
            i += 2 if token[i + 1 : i + 2] == "E" else 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def repair_line(line: str) -> str:
    """Repair one CoNLL-2002 line (a no-op on clean lines).

    ``Belgi\\x81EN B-LOC`` -> ``België N B-LOC`` (word glued to its POS tag);
    ``financi\\x81Ee Adj O`` -> ``financiëe Adj O`` (inside a word).
    """
    if BROKEN not in line:
        return line
    cols = line.split()
    if len(cols) == 2 and BROKEN in cols[0]:
        word = cols[0]
        j = word.rfind(BROKEN + "E")
        rest = word[j + 2 :] if j >= 0 else ""
        if j >= 0 and rest in CONLL2002_POS:
            fixed = repair_token(word[:j]) + _accent(word[j - 1] if j > 0 else "")
            return f"{fixed} {rest} {cols[1]}"
    return " ".join(repair_token(c) if BROKEN in c else c for c in cols)


@dataclass
class IOBSentence:
    words: list[str]
    tags: list[str]
    doc_start: bool = False  # first sentence of a -DOCSTART- article (or of the file)


def iob1_to_iob2(tags: Sequence[str]) -> list[str]:
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def parse_iob(text: str) -> list[IOBSentence]:
    """Parse IOB text into sentences (tags normalised to IOB2, broken bytes repaired)."""
    sents: list[IOBSentence] = []
    words: list[str] = []
    tags: list[str] = []
    doc_start = True
    for raw in text.splitlines():
        line = repair_line(raw.strip())
        if line.startswith("-DOCSTART-"):
            if words:
                sents.append(IOBSentence(words, iob1_to_iob2(tags), doc_start))
                words, tags = [], []
            doc_start = True
            continue
        if not line:
            if words:
                sents.append(IOBSentence(words, iob1_to_iob2(tags), doc_start))
                doc_start = False
            words, tags = [], []
            continue
        cols = line.split()
        if len(cols) < 2:
            raise ValueError(f"bad IOB line (need TOKEN ... TAG): {raw!r}")
        words.append(cols[0])
        tags.append(cols[-1])
    if words:
        sents.append(IOBSentence(words, iob1_to_iob2(tags), doc_start))
    return sents


def read_iob(path: Path | str, encoding: str = "latin-1") -> list[IOBSentence]:
    return parse_iob(Path(path).read_text(encoding=encoding))


def spans_from_iob(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) spans of an IOB2 tag sequence."""
    spans: set[tuple[int, int, str]] = set()
    start, label = None, None
    for i, t in enumerate([*tags, "O"]):
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != label):
            spans.add((start, i, label))  # type: ignore[arg-type]
            start, label = None, None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, label = i, t[2:]
    return spans


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f}


def score_iob(
    nlp: Any,
    path: Path | str,
    *,
    encoding: str = "latin-1",
    label_map: Mapping[str, str] | None = None,
    labels: Iterable[str] | None = None,
    batch_size: int = 64,
) -> dict[str, Any]:
    """Score ``nlp``'s entities against a CoNLL-style IOB file, exact span match.

    Each sentence is fed pre-tokenised (``Doc(nlp.vocab, words=...)``) through the pipeline's
    components. ``label_map`` maps predicted labels onto the gold label set (e.g.
    ``{"PERSON": "PER", "GPE": "LOC"}``); predicted labels that map to nothing outside the gold
    label set (DATE, CARDINAL …) are ignored. ``labels`` restricts the label set (default: the
    labels seen in the gold file).

    Returns ``{"labels": {LABEL: {"p", "r", "f", "n_gold"}}, "overall": {"p", "r", "f"},
    "sentences": n, "tokens": n}``.
    """
    from spacy.tokens import Doc

    sents = read_iob(path, encoding=encoding)
    gold = [spans_from_iob(s.tags) for s in sents]
    label_set = set(labels) if labels is not None else {lab for g in gold for *_, lab in g}
    lmap = dict(label_map or {})

    docs = (Doc(nlp.vocab, words=s.words) for s in sents)
    tp: dict[str, int] = dict.fromkeys(label_set, 0)
    n_pred: dict[str, int] = dict.fromkeys(label_set, 0)
    n_gold: dict[str, int] = dict.fromkeys(label_set, 0)
    for doc, g in zip(nlp.pipe(docs, batch_size=batch_size), gold, strict=True):
        pred = set()
        for ent in doc.ents:
            lab = lmap.get(ent.label_, ent.label_)
            if lab in label_set:
                pred.add((ent.start, ent.end, lab))
        g = {x for x in g if x[2] in label_set}
        for *_, lab in g:
            n_gold[lab] += 1
        for span in pred:
            n_pred[span[2]] += 1
            if span in g:
                tp[span[2]] += 1
    per_label = {
        lab: {**_prf(tp[lab], n_pred[lab], n_gold[lab]), "n_gold": n_gold[lab]}
        for lab in sorted(label_set)
    }
    overall = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {
        "labels": per_label,
        "overall": overall,
        "sentences": len(sents),
        "tokens": sum(len(s.words) for s in sents),
    }


def score_iob_file(path: Path, *, model: str | None = None,
                   encoding: str = "latin-1") -> dict[str, Any]:
    """:func:`score_iob` of the chosen pipeline, its labels mapped onto CoNLL's, on an IOB file.
    A file that is not one, an unknown encoding, an unreadable or malformed file raise a
    :class:`~sessietool.errors.SessietoolError` naming the file (``evaluate-ner``)."""
    import codecs

    from ..errors import FileMissing, InputError, MalformedInput, UsageError
    from ..nlp.labels import CONLL_MAP
    from ..nlp.loading import load_pipeline

    if not path.is_file():
        raise FileMissing(path)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageError(detail=f"--encoding: unknown encoding {encoding!r}") from None
    nlp = load_pipeline(model)
    try:
        return score_iob(nlp, path, encoding=encoding, label_map=CONLL_MAP)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"cannot decode as {encoding} ({exc.reason}); "
                         "pass --encoding") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:  # the IOB reader's message names the offending line
        raise MalformedInput(path, str(exc), kind="IOB file") from None
