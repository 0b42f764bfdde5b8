"""Lemma accuracy of the trainable lemmatizer against lookup tables, on the UD dev/test splits.

Usage: python training/lemma_compare.py MODEL [--data ../shared/nlp-data] [--split dev|test]

Compares, on the current UD conventions (dev and test are the current UD Dutch files, lemmas as
:func:`convert.fix_lemma` writes them), token by token:

* ``trainable``: MODEL's own lemmatizer (the edit-tree lemmatizer of nl_sessie_sm);
* ``lookup``: spacy-lookups-data's ``nl_lemma_lookup`` table (form → lemma, else the form);
* ``rule``: spaCy's Dutch rule lemmatizer (spacy-lookups-data's rules, index and exceptions)
  on MODEL's predicted POS;
* ``simplemma``: simplemma's Dutch table;
* ``trainable+lookup``: the lookup table where it knows the form, else the trainable lemma;
* ``lookup+trainable``: the trainable lemma, except for forms the trainable lemmatizer left
  unchanged and the table knows;
* ``trainable+simplemma``: simplemma where it knows the form, else the trainable lemma;
* ``trainable+lookup (not PROPN)``: as ``trainable+lookup``, proper nouns left to the model.

Needs ``pip install spacy-lookups-data simplemma`` (the ``training`` extra). Prints one row per
method: accuracy overall and on the tokens whose lemma differs from the lower-cased form.
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Callable
from pathlib import Path

import convert

Method = Callable[[str, str, str], str]  # (form, predicted POS, trainable lemma) -> lemma


def _table(name: str) -> dict[str, str]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{name}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def lookup_lemma(table: dict[str, str], form: str) -> str | None:
    """The table's lemma for the form as written, else for its lower-case form."""
    return table.get(form) or table.get(form.lower())


def methods(nlp) -> dict[str, Method]:
    """Every method compared, by name."""
    import simplemma
    from spacy.lang.nl.lemmatizer import DutchLemmatizer
    from spacy.lookups import Lookups

    table = _table("nl_lemma_lookup")
    lookups = Lookups()
    for name in ("lemma_rules", "lemma_index", "lemma_exc", "lemma_lookup"):
        lookups.add_table(name, _table(f"nl_{name}"))
    rule = DutchLemmatizer(nlp.vocab, model=None, mode="rule")
    rule.initialize(lookups=lookups)

    def rule_lemma(form: str, pos: str, trained: str) -> str:
        from spacy.tokens import Doc

        doc = Doc(nlp.vocab, words=[form], pos=[pos or "X"])
        return rule(doc)[0].lemma_

    def table_or(form: str, fallback: str) -> str:
        return lookup_lemma(table, form) or fallback

    return {
        "trainable": lambda form, pos, trained: trained,
        "lookup": lambda form, pos, trained: table_or(form, form),
        "rule": rule_lemma,
        "simplemma": lambda form, pos, trained: simplemma.lemmatize(form, lang="nl"),
        "trainable+lookup": lambda form, pos, trained: table_or(form, trained),
        "lookup+trainable": lambda form, pos, trained: (
            table_or(form, trained) if trained.lower() == form.lower() else trained),
        "trainable+simplemma": lambda form, pos, trained: (
            simplemma.lemmatize(form, lang="nl") if simplemma.is_known(form, lang="nl")
            else trained),
        "trainable+lookup (not PROPN)": lambda form, pos, trained: (
            trained if pos == "PROPN" else table_or(form, trained)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", help="pipeline name or path")
    ap.add_argument("--data", type=Path, default=convert.DEFAULT_DATA)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    args = ap.parse_args(argv)

    import spacy
    from spacy.tokens import Doc

    sents = convert.build_ud_splits(args.data)[args.split]
    nlp = spacy.load(args.model)
    docs = nlp.pipe(
        Doc(nlp.vocab, words=[t.form for t in s.tokens], spaces=[t.space_after for t in s.tokens])
        for s in sents
    )
    tokens = [(tok.form, tok.lemma, pred.pos_, pred.lemma_)
              for sent, doc in zip(sents, docs, strict=True)
              for tok, pred in zip(sent.tokens, doc, strict=True)]
    changed = [t for t in tokens if t[1] != t[0].lower()]
    print(f"{args.split}: {len(tokens)} tokens, {len(changed)} whose lemma is not the lower form")
    print(f"{'method':<18} {'accuracy':>9} {'on changed':>11}")
    for name, method in methods(nlp).items():
        right = sum(method(form, pos, trained) == gold for form, gold, pos, trained in tokens)
        right_changed = sum(method(f, p, t) == g for f, g, p, t in changed)
        print(f"{name:<18} {right / len(tokens):>9.4f} {right_changed / len(changed):>11.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
