"""Memory over a long batch: RSS sampled while >= 5,000 documents go through ``run_batch``.

Usage: python benchmarks/bench_memory.py CORPUS_DIR [--docs 5000] [--model M] [--no-zone]
       [--jobs N]

Synthetic sessions are made from the corpus's paragraphs (seeded, so reproducible), each with
unique case numbers and names so the vocabulary keeps meeting new strings, the worst case for a
long run. They are written to a temporary folder and extracted with one ``run_batch`` call in
this process (``--jobs 1``, the default; with ``--jobs N`` the workers' memory is not counted).
RSS is printed every ``docs/20`` documents; the ratio compares the mean RSS of the last quarter
of the run with the first quarter (flat memory: close to 1). ``--no-zone`` turns
``nlp.memory_zone()`` into a no-op, to show what it saves.
"""
from __future__ import annotations

import argparse
import contextlib
import random
import re
import resource
import tempfile
import time
from pathlib import Path

from sessietool.api import Options, prepare
from sessietool.batch import discover, run_batch
from sessietool.nlp.loading import load_pipeline

FIRST = ["Anna", "Bram", "Carla", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Ivo", "Joost",
         "Kim", "Lars", "Maud", "Noor", "Olaf", "Pien", "Quinten", "Roos", "Sem", "Tess"]
LAST = ["Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
        "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra"]


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def paragraphs(corpus: str, options: Options) -> list[str]:
    found: list[str] = []
    for item in discover([corpus]):
        if item.error:
            continue
        try:
            prepared = prepare(item.source, options=options)
        except Exception:  # noqa: BLE001 - unreadable corpus files are just left out
            continue
        for seg in prepared.transcript.segments:
            text = re.sub(r"\s+", " ", seg.text).strip()
            if 40 <= len(text) <= 600:
                found.append(text)
    return found


def make_sessions(folder: Path, paras: list[str], n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    for i in range(n):
        speakers = [f"{rng.choice(FIRST)} {rng.choice(LAST)}{i % 97}" for _ in range(2)]
        lines = [f"# Overleg {i} kenmerk ZK-{i:05d}-{rng.getrandbits(32):08x}", ""]
        for j in range(rng.randint(2, 4)):
            lines.append(f"{speakers[j % 2]}: {rng.choice(paras)} Zaak-{rng.getrandbits(40):x}.")
        (folder / f"sessie-{i:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--model", default=None)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-zone", action="store_true")
    args = parser.parse_args()

    options = Options(model=args.model)
    nlp = load_pipeline(args.model)
    options.language()
    if args.no_zone:
        nlp.memory_zone = lambda mem=None: contextlib.nullcontext()  # type: ignore[method-assign]
    paras = paragraphs(args.corpus, options)
    every = max(1, args.docs // 20)
    samples: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "in"), Path(tmp, "out")
        src.mkdir()
        make_sessions(src, paras, args.docs)
        print(f"{args.docs} synthetic sessions from {len(paras)} corpus paragraphs; "
              f"model {nlp.meta.get('name')}; memory_zone {'off' if args.no_zone else 'on'}; "
              f"jobs {args.jobs}")
        print(f"{'docs':>6} {'RSS MB':>8} {'s':>7}")
        started = time.perf_counter()
        done = failed = words = 0
        for event in run_batch([str(src)], out, options, jobs=args.jobs):
            if event.kind in ("ok", "fail"):
                done += 1
                failed += event.kind == "fail"
                words += event.words
                if done % every == 0:
                    samples.append((done, rss_mb()))
                    print(f"{done:6d} {samples[-1][1]:8.1f} {time.perf_counter() - started:7.1f}",
                          flush=True)
        seconds = time.perf_counter() - started
    quarter = max(1, len(samples) // 4)
    first = sum(r for _, r in samples[:quarter]) / quarter
    last = sum(r for _, r in samples[-quarter:]) / quarter
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{done} documents ({failed} failed), {words:,} words in {seconds:.0f} s; "
          f"peak RSS {peak:.0f} MB")
    print(f"RATIO RSS last quarter / first quarter = {last / first:.3f} "
          f"({first:.1f} -> {last:.1f} MB)")


if __name__ == "__main__":
    main()
