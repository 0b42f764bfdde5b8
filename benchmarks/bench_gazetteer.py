"""The gazetteer ruler against spaCy's entity ruler with one token pattern per alias, same run.

Usage: python benchmarks/bench_gazetteer.py [TEXTS ...] [--rounds N]

TEXTS are sessions as ``sessietool extract`` takes them (default: ``data/sessions`` and, when
present, ``../shared/corpus``), read and chunked by its readers and tokenised by ``blank:nl``.
Both rulers get the same organisation aliases (the bundled gazetteer) with the same case rules
(:func:`sessietool.nlp.gazetteer.is_exact`); they run alternately ``--rounds`` times over the
same tokenised chunks, so background load hits both alike. Printed: microseconds per token of
each (median), their ratio, and whether the two give the same entities (label, id, span) on
every chunk, which they must.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_pipeline import read_texts  # noqa: E402


def entity_ruler(nlp, language):  # noqa: ANN001, ANN201 - spaCy objects
    """spaCy's entity ruler as sessietool 0.1 built it: a token pattern per alias."""
    import spacy

    from sessietool.nlp.gazetteer import alias_words, is_exact

    ruler = spacy.blank("nl").add_pipe(
        "entity_ruler", config={"overwrite_ents": True, "validate": False}
    )
    patterns = []
    for org in language.organisations:
        for form in dict.fromkeys((org.name, *org.aliases)):
            text = alias_words(form)
            tokens = [t.text for t in nlp.make_doc(text)]
            exact = is_exact(text, len(tokens))
            pattern = [{"ORTH": t} if exact else {"LOWER": t.lower()} for t in tokens]
            patterns.append({"label": "ORG", "pattern": pattern, "id": org.id})
    ruler.add_patterns(patterns)
    return ruler


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    import spacy

    from sessietool.language import load_language_data
    from sessietool.nlp.gazetteer import GazetteerRuler

    paths = args.texts or [p for p in (ROOT / "data/sessions", ROOT.parent / "shared/corpus")
                           if p.exists()]
    nlp = spacy.blank("nl")
    docs = [nlp.make_doc(t) for p in paths for t in read_texts(p)]
    tokens = sum(len(d) for d in docs)
    language = load_language_data(())
    new = GazetteerRuler(nlp)
    for org in language.organisations:
        new.add(org.id, (org.name, *org.aliases))
    old = entity_ruler(nlp, language)
    times: dict[str, list[float]] = {"entity_ruler": [], "gazetteer": []}
    same = True
    for _ in range(args.rounds):
        for name, ruler in (("entity_ruler", old), ("gazetteer", new)):
            copies = [d.copy() for d in docs]
            started = time.process_time()
            for d in copies:
                ruler(d)
            times[name].append((time.process_time() - started) / max(tokens, 1) * 1e6)
            if name == "entity_ruler":
                expected = [[(e.start, e.end, e.label_, e.ent_id_) for e in d.ents] for d in copies]
            else:
                got = [[(e.start, e.end, e.label_, e.ent_id_) for e in d.ents] for d in copies]
                same = same and got == expected
    old_us, new_us = (statistics.median(times[k]) for k in ("entity_ruler", "gazetteer"))
    print(f"{len(docs)} chunks, {tokens:,} tokens, {len(language.organisations)} organisations")
    print(f"entity ruler (token patterns): {old_us:8.2f} us/token")
    print(f"gazetteer (phrase matchers):   {new_us:8.2f} us/token")
    print(f"SUMMARY ratio gazetteer/entity_ruler {new_us / old_us:.3f}; "
          f"same entities: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
