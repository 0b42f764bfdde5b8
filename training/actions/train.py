"""Train the action sentence classifier ``models/nl_sessie_actions`` from the hand labels.

    python training/actions/train.py [--shared ../shared] [--labels training/actions/labels]
        [--out models/nl_sessie_actions] [--seed 0] [--epochs 12] [--heldout 0.2] [--final]

Label rows (``labels/*.tsv``: path, line, start, end, label, sha1) point into ``../shared``; the
span text is read from there and checked against its sha1 (rows that no longer match are skipped
and counted). Each example carries its heading and neighbouring lines as context
(:func:`sessietool.extract.action_classifier.classifier_text`). Files, not sentences, are split
into train and held-out, so that one meeting's phrasing does not appear on both sides. Without
``--final`` the model is trained on the training files and scored on the held-out files; with
``--final`` it is then refitted on every label and written to ``--out``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from sessietool.extract.action_classifier import (  # noqa: E402
    LABELS,
    NAME,
    TOKENIZER,
    best,
    classifier_text,
    register_tokenizer,
)

HEADING = re.compile(r"^\s{0,3}(#{1,6}\s+\S|\*\*[^*].*\*\*\s*:?\s*$|_[^_].*_\s*$)")
MARKER = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)]|#{1,6})\s*|\*\*|^\s*\||\|\s*$")
VERSION = "0.1.0"


@dataclass(frozen=True)
class Example:
    path: str
    text: str  # the classifier input, context included
    label: str


def _clean(line: str) -> str:
    return MARKER.sub("", line).strip()


def _context(lines: list[str], index: int) -> tuple[str, str, str]:
    """Heading above, previous and next non-empty line of the 0-based line ``index``."""
    heading = next((_clean(x) for x in reversed(lines[:index]) if HEADING.match(x)), "")
    prev = next((_clean(x) for x in reversed(lines[:index]) if x.strip()), "")
    nxt = next((_clean(x) for x in lines[index + 1 :] if x.strip()), "")
    return heading, prev, nxt


def read_labels(label_dir: Path, shared: Path) -> tuple[list[Example], Counter]:
    """Every label row whose text still matches its hash, with its context; and the skip counts."""
    examples: list[Example] = []
    skipped: Counter = Counter()
    files: dict[str, list[str]] = {}
    for tsv in sorted(label_dir.glob("*.tsv")):
        with tsv.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("label") not in LABELS:
                    skipped["label"] += 1
                    continue
                path = row["path"]
                if path not in files:
                    source = shared / path
                    files[path] = (
                        source.read_text(encoding="utf-8").splitlines() if source.is_file() else []
                    )
                lines = files[path]
                index = int(row["line"]) - 1
                if not 0 <= index < len(lines):
                    skipped["missing"] += 1
                    continue
                span = lines[index][int(row["start"]) : int(row["end"])]
                if hashlib.sha1(span.encode("utf-8")).hexdigest()[:8] != row["sha1"]:
                    skipped["hash"] += 1
                    continue
                heading, prev, nxt = _context(lines, index)
                if prev == _clean(lines[index]):
                    prev = ""
                text = classifier_text(span, heading, prev, nxt)
                examples.append(Example(path, text, row["label"]))
    return examples, skipped


def split_files(examples: list[Example], heldout: float, seed: int) -> tuple[list, list]:
    """Train and held-out examples, split by file with a seeded shuffle."""
    paths = sorted({e.path for e in examples})
    random.Random(seed).shuffle(paths)
    held = set(paths[: max(1, round(len(paths) * heldout))]) if heldout > 0 else set()
    return [e for e in examples if e.path not in held], [e for e in examples if e.path in held]


def build(seed: int, length: int = 2**17):
    """A blank Dutch pipeline with an exclusive bag-of-words text classifier."""
    import spacy

    spacy.util.fix_random_seed(seed)
    register_tokenizer()
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    model = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": length,
    }
    textcat = nlp.add_pipe("textcat", config={"model": model})
    for label in LABELS:
        textcat.add_label(label)
    return nlp


def train(
    examples: list[Example],
    seed: int = 0,
    epochs: int = 8,
    length: int = 2**17,
    oversample: int = 1,
    learn_rate: float = 0.005,
):
    """Fit the classifier on ``examples`` with fixed seeds; returns the pipeline. Sentences with
    a label other than ``none`` are repeated ``oversample`` times (they are one in five)."""
    import spacy
    from spacy.training import Example as SpacyExample

    nlp = build(seed, length)
    examples = [e for e in examples for _ in range(1 if e.label == "none" else oversample)]
    data = [
        SpacyExample.from_dict(
            nlp.make_doc(e.text), {"cats": {lab: float(lab == e.label) for lab in LABELS}}
        )
        for e in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    optimizer.learn_rate = learn_rate  # the sparse bag-of-words weights learn slowly at 0.001
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for batch in spacy.util.minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def score(nlp, examples: list[Example]) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support of the best label on ``examples``."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for ex, doc in zip(examples, nlp.pipe([e.text for e in examples]), strict=True):
        guess = max(doc.cats, key=doc.cats.__getitem__)
        if guess == ex.label:
            tp[guess] += 1
        else:
            fp[guess] += 1
            fn[ex.label] += 1
    out = {}
    for label in LABELS:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = {"p": round(p, 3), "r": round(r, 3), "f": round(f, 3),
                      "n": tp[label] + fn[label]}
    correct = sum(tp.values())
    out["accuracy"] = {"value": round(correct / len(examples), 3) if examples else 0.0}
    out["actionable"] = _actionable(nlp, examples)
    return out


def _actionable(nlp, examples: list[Example]) -> dict[str, dict[str, float]]:
    """Action point or not, at the thresholds the extractor may use for ``classifier.accept``:
    precision and recall of "the likeliest label is not none and has probability >= t"."""
    guesses = [best(doc.cats) for doc in nlp.pipe([e.text for e in examples])]
    gold = [e.label != "none" for e in examples]
    out = {}
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        said = [label != "none" and score >= t for label, score in guesses]
        tp = sum(a and b for a, b in zip(said, gold, strict=True))
        p = tp / sum(said) if sum(said) else 0.0
        r = tp / sum(gold) if sum(gold) else 0.0
        out[str(t)] = {"p": round(p, 3), "r": round(r, 3)}
    return out


def save(nlp, out: Path, meta: dict) -> None:
    nlp.meta.update({"name": NAME.removeprefix("nl_"), "version": VERSION, **meta})
    nlp.to_disk(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--labels", type=Path, default=Path(__file__).resolve().parent / "labels")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / NAME)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--heldout", type=float, default=0.2)
    ap.add_argument("--learn-rate", type=float, default=0.005)
    ap.add_argument("--oversample", type=int, default=1, help="repeats of non-none sentences")
    ap.add_argument("--final", action="store_true", help="refit on every label and save")
    args = ap.parse_args(argv)
    examples, skipped = read_labels(args.labels, args.shared)
    if not examples:
        print(f"no usable labels under {args.labels} (skipped: {dict(skipped)})", file=sys.stderr)
        return 1
    counts = Counter(e.label for e in examples)
    train_set, held = split_files(examples, args.heldout, args.seed)
    report = {"examples": len(examples), "labels": dict(counts), "skipped": dict(skipped),
              "files": len({e.path for e in examples}), "train": len(train_set),
              "heldout": len(held), "seed": args.seed, "epochs": args.epochs,
              "oversample": args.oversample, "learn_rate": args.learn_rate}
    fit = {"seed": args.seed, "epochs": args.epochs, "oversample": args.oversample,
           "learn_rate": args.learn_rate}
    if held:
        report["heldout_scores"] = score(train(train_set, **fit), held)
    print(json.dumps(report, indent=1))
    if args.final:
        nlp = train(examples, **fit)
        save(nlp, args.out, {"description": "sessietool action sentence classifier",
                             "performance": report.get("heldout_scores", {}),
                             "training": {k: v for k, v in report.items()
                                          if k != "heldout_scores"}})
        print(f"saved {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
