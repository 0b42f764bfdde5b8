"""Speed and load time of a spaCy pipeline against a baseline pipeline measured in the same run.

Usage: python benchmarks/bench_pipeline.py TEXTS [--model M] [--baseline B] [--rounds N]

TEXTS is a CoNLL-U file (its ``# text =`` sentences, ten to a document, e.g. the UD test split
written by ``training/train.py`` to ``training/work/corpus/ud-test.conllu``) or sessions as
``sessietool extract`` takes them (e.g. ``../shared/corpus``), read and chunked by its readers.
The model defaults to the bundled pipeline; the baseline to ``blank:nl`` (tokenizer only), or
give another pipeline, e.g. an earlier version checked out from git. The two are run
alternately ``--rounds`` times, one thread, ``nlp.pipe(batch_size=64)``, so background load
hits both alike. The output gives the
median and range of words/s and load time, their ratio, and the time per component of the model.
Target of issue 2: >= 10,000 words/s and a load time <= 1 s for the bundled pipeline.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")


def read_texts(path: Path) -> list[str]:
    """Documents to parse: ten sentences a document from CoNLL-U, or the text chunks that
    ``sessietool extract`` would parse for each readable input of a folder."""
    if path.is_file() and path.suffix == ".conllu":
        sents = [line[len("# text = "):].strip() for line in path.read_text("utf-8").splitlines()
                 if line.startswith("# text = ")]
        return [" ".join(sents[i:i + 10]) for i in range(0, len(sents), 10)]
    from sessietool.api import Options, prepare
    from sessietool.batch import discover
    from sessietool.errors import SessietoolError

    texts: list[str] = []
    options = Options(model="blank:nl")
    for item in discover([str(path)]):
        if item.error is None:
            try:
                texts += prepare(item.source, options=options).chunks
            except SessietoolError:  # unreadable inputs are the batch's business, not timed here
                continue
    return texts


def load(name: str):  # noqa: ANN201 - spaCy Language
    import spacy

    if name.startswith("blank:"):
        return spacy.blank(name.split(":", 1)[1])
    return spacy.load(name)


def timed_load(name: str) -> tuple[float, object]:
    started = time.perf_counter()
    nlp = load(name)
    return time.perf_counter() - started, nlp


def words_per_s(nlp, texts: list[str]) -> float:  # noqa: ANN001
    started = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return words / (time.perf_counter() - started)


def component_times(nlp, texts: list[str]) -> dict[str, float]:  # noqa: ANN001
    docs = [nlp.make_doc(t) for t in texts]
    out = {}
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=64))
        out[name] = time.perf_counter() - started
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", type=Path, help="CoNLL-U file or folder of sessions")
    parser.add_argument("--model", default=None, help="default: the bundled nl_sessie_sm")
    parser.add_argument("--baseline", default="blank:nl")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()

    import spacy

    from sessietool.nlp.loading import resolve_model

    spacy.blank("nl")  # import and language data warm-up, not part of a load time
    texts = read_texts(args.texts)
    if not texts:
        sys.exit(f"bench_pipeline: no texts in {args.texts}")
    names = {"baseline": args.baseline, "model": resolve_model(args.model)}
    speed: dict[str, list[float]] = {k: [] for k in names}
    loads: dict[str, list[float]] = {k: [] for k in names}
    pipelines = {}
    for _ in range(args.rounds):
        for key, name in names.items():
            seconds, nlp = timed_load(name)
            loads[key].append(seconds)
            words_per_s(nlp, texts[:20])  # warm-up
            speed[key].append(words_per_s(nlp, texts))
            pipelines[key] = nlp
    n_words = sum(len(pipelines["baseline"].make_doc(t)) for t in texts)
    print(f"{len(texts)} documents, {n_words:,} words, {args.rounds} alternating rounds, 1 thread")
    print(f"{'pipeline':10} {'words/s median':>15} {'range':>19} {'load s median':>14}  name")
    for key, name in names.items():
        lo, hi = min(speed[key]), max(speed[key])
        print(f"{key:10} {statistics.median(speed[key]):15,.0f} {lo:9,.0f}–{hi:<9,.0f}"
              f" {statistics.median(loads[key]):14.2f}  {name}")
    ratios = [m / b for m, b in zip(speed["model"], speed["baseline"], strict=True)]
    print(f"speed ratio model/baseline per round: {', '.join(f'{r:.2f}' for r in ratios)}")
    parts = component_times(pipelines["model"], texts)
    total = sum(parts.values())
    print("model time per component: " + ", ".join(
        f"{name} {100 * t / total:.0f} %" for name, t in parts.items()))


if __name__ == "__main__":
    main()
