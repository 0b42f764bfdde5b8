"""Batch throughput over a corpus, as ratios against baselines measured in the same run.

Usage: python benchmarks/bench_throughput.py CORPUS_DIR [--model M] [--repeat N] [--batch-sweep]

Prints:

* ``extract/raw``: words/s of the batch (read, parse, summarise, write every input, in one
  process) divided by words/s of a bare ``nlp.pipe`` of the same pipeline over the same texts
  (target >= 0.8), with where the batch's time goes;
* ``jobs2/jobs1``: throughput with ``--jobs 2`` divided by ``--jobs 1`` (target >= 1.6 on two
  cores);
* with ``--profile``: the share of the batch's time per stage (read, nlp.pipe, extractors, YAML);
* ``rerun/first``: wall time of ``sessietool extract`` re-run over the unchanged corpus divided
  by the first run's, both as subprocesses (target <= 0.05);
* with ``--batch-sweep``: raw ``nlp.pipe`` throughput per batch size in characters.

The pipeline is loaded before anything is timed (except for the subprocess runs). Each timing
is the best of ``--repeat`` runs.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sessietool.api import Options, prepare
from sessietool.batch import collect, discover, run_batch
from sessietool.batch import local as runner_module
from sessietool.nlp.loading import load_pipeline


def best(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def batch_run(corpus: str, options: Options, **kwargs) -> Callable[[], None]:
    """A function running the whole batch into a fresh temporary folder."""

    def once() -> None:
        with tempfile.TemporaryDirectory() as out:
            result = collect(run_batch([corpus], out, options, **kwargs))
            if result.failed:
                print(f"  ({len(result.failed)} inputs failed: {result.failed[:2]} ...)")
    return once


def profile_breakdown(corpus: str, options: Options) -> None:
    """Share of the batch's time per stage (under cProfile, so only the shares count)."""
    with tempfile.TemporaryDirectory() as out:
        profiler = cProfile.Profile()
        profiler.enable()
        collect(run_batch([corpus], out, options))
        profiler.disable()
    stats = pstats.Stats(profiler)
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    wanted = {
        "read+prepare": ("api.py", "prepare"),
        "nlp.pipe": ("language.py", "pipe"),
        "summarise (extractors)": ("api.py", "summarise"),
        "dumps (YAML)": ("output.py", "dumps"),
        "write_atomic": ("output.py", "write_atomic"),
    }
    cumulative = {}
    entries = stats.stats.items()  # type: ignore[attr-defined]
    for (filename, _line, func), (_cc, _nc, _tt, ct, _callers) in entries:
        for label, (file_end, name) in wanted.items():
            if filename.endswith(file_end) and func == name:
                cumulative[label] = max(cumulative.get(label, 0.0), ct)
    print("  where the batch's time goes (cProfile shares):")
    for label in wanted:
        print(f"    {label:24} {100 * cumulative.get(label, 0.0) / total:5.1f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--model", default=None, help="default: the bundled nl_sessie_sm")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch-sweep", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="also show where the batch's time goes (one more run, profiled)")
    parser.add_argument("--skip", default="", help="comma list of: raw,jobs,rerun")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))

    options = Options(model=args.model)
    nlp = load_pipeline(args.model)
    options.language()
    inputs = [i for i in discover([args.corpus]) if i.error is None]
    prepared = []
    for item in inputs:
        try:
            prepared.append(prepare(item.source, options=options))
        except Exception:  # noqa: BLE001 - the batch reports these as failures too
            continue
    texts = [chunk for p in prepared for chunk in (p.chunks or [""])]
    words = sum(p.transcript.words for p in prepared)
    chars = sum(len(t) for t in texts)
    avg = chars / max(len(prepared), 1)
    batch_size = runner_module.batch_size_for(avg)
    print(f"corpus: {args.corpus}: {len(inputs)} inputs, {len(prepared)} readable, "
          f"{words:,} words, {chars:,} characters; model {nlp.meta.get('name')}; "
          f"batch size {batch_size}")

    if args.batch_sweep:
        print("raw nlp.pipe by batch size (characters per batch -> docs per batch):")
        for budget in (2_000, 10_000, 20_000, 50_000, 200_000, 1_000_000):
            size = max(1, min(runner_module.MAX_BATCH, int(budget // max(avg, 1))))
            seconds = best(args.repeat,
                           lambda s=size: [None for _ in nlp.pipe(texts, batch_size=s)])
            print(f"  {budget:>9,} chars -> batch_size {size:>3}: {words / seconds:10,.0f} words/s")

    one = best(args.repeat, batch_run(args.corpus, options, jobs=1))
    print(f"extract (jobs 1):    {one:8.2f} s  {words / one:10,.0f} words/s")
    if "raw" not in skip:
        raw = best(args.repeat, lambda: [None for _ in nlp.pipe(texts, batch_size=batch_size)])
        print(f"raw nlp.pipe:        {raw:8.2f} s  {words / raw:10,.0f} words/s")
        print(f"RATIO extract/raw throughput = {raw / one:.2f} (target >= 0.8)")
    if args.profile:
        profile_breakdown(args.corpus, options)

    if "jobs" not in skip:
        two = best(args.repeat, batch_run(args.corpus, options, jobs=2))
        print(f"extract --jobs 2:    {two:8.2f} s  {words / two:10,.0f} words/s "
              "(worker processes doing whole inputs)")
        print(f"RATIO jobs2/jobs1 throughput = {one / two:.2f} (target >= 1.6)")
    if "rerun" not in skip:
        exe = shutil.which("sessietool", path=str(Path(sys.executable).parent)) or "sessietool"
        cmd = [exe, "extract", args.corpus, "--log-format", "json"]
        if args.model:
            cmd += ["--model", args.model]
        with tempfile.TemporaryDirectory() as out:
            first = best(1, lambda: subprocess.run(cmd + ["-o", out], capture_output=True))
            rerun = best(max(args.repeat, 3), lambda: subprocess.run(cmd + ["-o", out],
                                                                      capture_output=True))
        print(f"first run (CLI):     {first:8.2f} s")
        print(f"re-run, unchanged:   {rerun:8.2f} s")
        print(f"RATIO rerun/first = {rerun / first:.3f} (target <= 0.05)")


if __name__ == "__main__":
    main()
