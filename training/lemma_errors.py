"""Where a pipeline's lemmas go wrong on the UD dev or test split, compound lemmas apart.

Usage: python training/lemma_errors.py MODEL [--data ../shared/nlp-data] [--split dev|test]

The current UD Dutch files write Alpino's compound analysis into the lemma (``levensstijl`` →
``leven_stijl``: linking ``-s-``/``-en-`` dropped, hyphens removed, particles attached); the
recipe removes the underscores (:func:`convert.fix_lemma`). This script reads the raw lemmas of
the split's source file to tell those tokens apart, runs MODEL on the split's sentences
(pre-tokenised) and prints lemma accuracy on compound and other tokens, and the errors by kind.
The model card's "Compound lemmas" paragraph was measured with it.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import convert


def is_compound_lemma(raw_lemma: str, form: str) -> bool:
    """True when the raw UD lemma marks compound parts with underscores (``stad_archief``)."""
    return raw_lemma != "_" and "_" in raw_lemma and "_" not in form


def error_kind(form: str, gold: str, pred: str) -> str:
    """What separates the predicted lemma from the gold one, e.g. ``linking`` for
    ``levensstijl`` against ``levenstijl``; ``ok`` when they are the same."""
    if pred == gold:
        return "ok"
    if pred.lower() == gold.lower():
        return "case"
    if "-" in pred and pred.replace("-", "").lower() == gold.lower():
        return "hyphen"
    for link in ("s", "en"):
        for i in range(1, len(pred) - len(link)):
            if pred[i : i + len(link)] == link and pred[:i] + pred[i + len(link) :] == gold:
                return "linking"
    if len(gold) > len(pred) and gold.endswith(pred):
        return "particle"
    if pred == form:
        return "unchanged"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", help="pipeline name or path")
    ap.add_argument("--data", type=Path, default=convert.DEFAULT_DATA)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    args = ap.parse_args(argv)

    import spacy
    from spacy.tokens import Doc

    files = convert.read_ud_files(args.data)
    (source,) = convert.UD_FILES[args.split]
    raw = {s.key(): [t.lemma for t in s.tokens] for s in files[source]}
    sents = convert.build_ud_splits(args.data, files=files)[args.split]
    nlp = spacy.load(args.model)
    docs = nlp.pipe(
        Doc(nlp.vocab, words=[t.form for t in s.tokens], spaces=[t.space_after for t in s.tokens])
        for s in sents
    )
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = {"compound": Counter(), "other": Counter()}
    for sent, doc in zip(sents, docs, strict=True):
        lemmas = raw.get(sent.key())
        for i, (tok, pred) in enumerate(zip(sent.tokens, doc, strict=True)):
            group = "compound" if lemmas and is_compound_lemma(lemmas[i], tok.form) else "other"
            kind = error_kind(tok.form, tok.lemma, pred.lemma_)
            total[group] += 1
            right[group] += kind == "ok"
            if kind != "ok":
                kinds[group][kind] += 1
    n = sum(total.values())
    print(f"{args.split}: {n} tokens, lemma accuracy {sum(right.values()) / n:.4f}")
    for group in ("compound", "other"):
        errors = ", ".join(f"{k} {v}" for k, v in kinds[group].most_common())
        print(f"  {group}: {total[group]} tokens ({total[group] / n:.1%}), "
              f"accuracy {right[group] / max(total[group], 1):.3f}; errors: {errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
