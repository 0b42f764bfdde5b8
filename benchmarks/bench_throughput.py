"""Batch throughput over a corpus, as ratios against baselines measured in the same run.

Usage: python benchmarks/bench_throughput.py CORPUS_DIR... [--model M] [--repeat N]
       [--skip raw,jobs,rerun,long,startup] [--long-mb MB] [--profile] [--batch-sweep] [--readme]

Prints one ``RATIO`` line per comparison, each against a baseline timed in the same run (the
machines are shared and noisy), with the target of issue 25:

* ``extract/raw``: words/s of the batch (read, parse, summarise, write every input, in one
  process) divided by words/s of a bare ``nlp.pipe`` of the same pipeline over the same texts
  (target >= 0.9 on the Fronteers minutes, >= 0.85 on the whole corpus with PDF/DOCX);
* ``jobs2/jobs1``: throughput with ``--jobs 2`` divided by ``--jobs 1`` (target >= 1.85 on two
  cores);
* ``rerun/first``: wall time of ``sessietool extract`` re-run over the unchanged corpus divided
  by the first run's, both as subprocesses (target <= 0.02);
* ``long/ordinary``: words/s of one long transcript (the corpus's Handelingen/ParlaMint
  transcripts, else its largest text file, repeated to ``--long-mb`` MB) divided by the batch's
  words/s (target >= 0.8);
* ``help/pass``: median wall time of ``sessietool --help`` divided by ``python -c pass``
  (interleaved runs; target <= 2);
* with ``--profile``: the share of the batch's time per stage (read, nlp.pipe, extractors, YAML);
* with ``--batch-sweep``: raw ``nlp.pipe`` throughput per batch size in characters;
* with ``--readme``: the README's "Speed" table rows of these ratios are rewritten with this
  run's figures (between the ``bench_throughput`` markers).

Throughput is wall time (what a user waits for) and, beside it, the process's CPU time
(``time.process_time``, less disturbed by other load; worker processes' CPU is not in it). The
pipeline is loaded before anything is timed (except for the subprocess runs). Each timing is the
best of ``--repeat`` runs.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sessietool.api import Options, prepare
from sessietool.batch import collect, discover, run_batch
from sessietool.batch import local as runner_module


def best(repeat: int, fn: Callable[[], object]) -> float:
    return timed(repeat, fn)[0]


def timed(repeat: int, fn: Callable[[], object]) -> tuple[float, float]:
    """The best wall time and the best CPU time (this process) of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def batch_run(corpus: str | list[str], options: Options, **kwargs) -> Callable[[], None]:
    """A function running the whole batch into a fresh temporary folder."""

    def once() -> None:
        with tempfile.TemporaryDirectory() as out:
            paths = corpus if isinstance(corpus, list) else [corpus]
            result = collect(run_batch(paths, out, options, **kwargs))
            if result.failed:
                print(f"  ({len(result.failed)} inputs failed: {result.failed[:2]} ...)")
    return once


def profile_breakdown(corpus: list[str], options: Options) -> None:
    """Share of the batch's time per stage (under cProfile, so only the shares count)."""
    with tempfile.TemporaryDirectory() as out:
        profiler = cProfile.Profile()
        profiler.enable()
        collect(run_batch(corpus, out, options))
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


TARGETS = {  # issue 25
    "extract/raw": (">=", 0.9),
    "jobs2/jobs1": (">=", 1.85),
    "rerun/first": ("<=", 0.02),
    "long/ordinary": (">=", 0.8),
    "help/pass": ("<=", 2.0),
}


class Results:
    """The ratios of one run: printed as they come, and the rows of the README table."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, float, str]] = []

    def ratio(self, key: str, what: str, measured: str, value: float) -> None:
        op, target = TARGETS[key]
        met = value >= target if op == ">=" else value <= target
        print(f"RATIO {key} = {value:.3f} (target {op} {target}{'' if met else ': NOT MET'})")
        self.rows.append((key, what, measured, value, f"{op.replace('>=', '≥').replace('<=', '≤')}"
                                                         f" {target}"))


def long_transcript(corpus: list[str], megabytes: float, folder: Path) -> Path | None:
    """One transcript of about ``megabytes`` MB: the corpus's Handelingen/ParlaMint files (else
    its largest .txt file) repeated."""
    roots = [*map(Path, corpus), *{Path(c).resolve().parent for c in corpus}]  # and siblings
    found = {f.resolve() for r in roots for f in r.rglob("*.txt")
             if "handelingen" in str(f).lower() or "parlamint" in str(f).lower()}
    files = sorted(found)
    if not files:
        files = sorted((f for c in corpus for f in Path(c).rglob("*.txt")
                        if not f.name.upper().startswith(("README", "SOURCE"))),
                       key=lambda f: f.stat().st_size)[-1:]
    if not files:
        return None
    base = "\n\n".join(f.read_text(encoding="utf-8").strip() for f in files) + "\n\n"
    copies = max(1, round(megabytes * 1e6 / len(base.encode("utf-8"))))
    path = folder / "long-session.txt"
    path.write_text(base * copies, encoding="utf-8")
    return path


def startup_ratio(runs: int) -> tuple[float, float]:
    """Medians of interleaved ``python -c pass`` and ``sessietool --help`` runs, in seconds."""
    exe = shutil.which("sessietool", path=str(Path(sys.executable).parent)) or "sessietool"
    commands = [[sys.executable, "-c", "pass"], [exe, "--help"]]
    times: list[list[float]] = [[], []]
    for cmd in commands:  # warm the page cache and .pyc files
        subprocess.run(cmd, capture_output=True)
    for _ in range(runs):
        for k, cmd in enumerate(commands):
            started = time.perf_counter()
            subprocess.run(cmd, capture_output=True)
            times[k].append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


README_START = "<!-- bench_throughput: start -->"
README_END = "<!-- bench_throughput: end -->"


def write_readme(results: Results, header: str, readme: Path) -> None:
    """Rewrite the README's rows of this benchmark (between the markers) with this run's; rows of
    ratios this run skipped are kept, marked with the run they came from."""
    text = readme.read_text(encoding="utf-8")
    if README_START not in text or README_END not in text:
        raise SystemExit(f"{readme}: no {README_START} … {README_END} block to rewrite")
    before, rest = text.split(README_START, 1)
    block, after = rest.split(README_END, 1)
    fresh = {key for key, *_ in results.rows}
    kept = [line for line in block.splitlines()
            if line.startswith("| `") and line.split("`")[1] not in fresh]
    lines = [README_START, header, "",
             "| comparison | what | measured | ratio | target |", "| --- | --- | --- | --- | --- |"]
    for key, what, measured, value, target in results.rows:
        lines.append(f"| `{key}` | {what} | {measured} | **{value:.3f}** | {target} |")
    lines += [line if "(earlier run)" in line else line.replace(" | **", " (earlier run) | **", 1)
              for line in kept]
    lines.append(README_END)
    readme.write_text(before + "\n".join(lines) + after, encoding="utf-8")
    print(f"rewrote the table in {readme}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--model", default=None, help="default: the bundled nl_sessie_sm")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch-sweep", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="also show where the batch's time goes (one more run, profiled)")
    parser.add_argument("--skip", default="",
                        help="comma list of: raw,jobs,rerun,long,startup")
    parser.add_argument("--long-mb", type=float, default=5.0,
                        help="size of the long transcript in MB (issue 25: 5-18)")
    parser.add_argument("--startup-runs", type=int, default=20)
    parser.add_argument("--readme", nargs="?", const="README.md", default=None,
                        help="rewrite the ratios table of this README (default README.md)")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    results = Results()

    options = Options(model=args.model)
    nlp = options.pipeline()  # the same cached pipeline the batch uses
    options.language()
    inputs = [i for i in discover(args.corpus) if i.error is None]
    prepared = []
    read_started = time.process_time()
    for item in inputs:
        try:
            prepared.append(prepare(item.source, options=options))
        except Exception:  # noqa: BLE001 - the batch reports these as failures too
            continue
    read_cpu = time.process_time() - read_started
    texts = [chunk for p in prepared for chunk in (p.chunks or [""])]
    words = sum(p.transcript.words for p in prepared)
    chars = sum(len(t) for t in texts)
    avg = chars / max(len(prepared), 1)
    batch_size = runner_module.batch_size_for(avg)
    label = " ".join(args.corpus)
    print(f"corpus: {label}: {len(inputs)} inputs, {len(prepared)} readable, "
          f"{words:,} words, {chars:,} characters; model {nlp.meta.get('name')}; "
          f"batch size {batch_size}; reading took {read_cpu:.2f} s CPU")
    del prepared

    if args.batch_sweep:
        print("raw nlp.pipe by batch size (characters per batch -> docs per batch):")
        for budget in (2_000, 10_000, 20_000, 50_000, 200_000, 1_000_000):
            size = max(1, min(runner_module.MAX_BATCH, int(budget // max(avg, 1))))
            seconds = best(args.repeat,
                           lambda s=size: [None for _ in nlp.pipe(texts, batch_size=s)])
            print(f"  {budget:>9,} chars -> batch_size {size:>3}: {words / seconds:10,.0f} words/s")

    one, one_cpu = timed(args.repeat, batch_run(args.corpus, options, jobs=1))
    print(f"extract (jobs 1):    {one:8.2f} s  {words / one:10,.0f} words/s  "
          f"(CPU {one_cpu:.2f} s, {words / one_cpu:,.0f} words/s)")
    if "raw" not in skip:
        raw, raw_cpu = timed(args.repeat,
                             lambda: [None for _ in nlp.pipe(texts, batch_size=batch_size)])
        print(f"raw nlp.pipe:        {raw:8.2f} s  {words / raw:10,.0f} words/s  "
              f"(CPU {raw_cpu:.2f} s, {words / raw_cpu:,.0f} words/s)")
        print(f"  by CPU time: extract/raw = {raw_cpu / one_cpu:.3f}")
        results.ratio("extract/raw", f"`extract --jobs 1` vs bare `nlp.pipe` ({words:,} words)",
                      f"{words / one:,.0f} vs {words / raw:,.0f} words/s "
                      f"(CPU: {raw_cpu / one_cpu:.2f})", raw / one)
    if args.profile:
        profile_breakdown(args.corpus, options)

    if "jobs" not in skip:
        two = best(args.repeat, batch_run(args.corpus, options, jobs=2))
        print(f"extract --jobs 2:    {two:8.2f} s  {words / two:10,.0f} words/s "
              "(worker processes doing whole inputs)")
        results.ratio("jobs2/jobs1", "`--jobs 2` vs `--jobs 1`",
                      f"{two:.1f} s vs {one:.1f} s", one / two)
    if "rerun" not in skip:
        exe = shutil.which("sessietool", path=str(Path(sys.executable).parent)) or "sessietool"
        cmd = [exe, "extract", *args.corpus, "--log-format", "json"]
        if args.model:
            cmd += ["--model", args.model]
        with tempfile.TemporaryDirectory() as out:
            first = best(1, lambda: subprocess.run(cmd + ["-o", out], capture_output=True))
            rerun = best(max(args.repeat, 3), lambda: subprocess.run(cmd + ["-o", out],
                                                                      capture_output=True))
        print(f"first run (CLI):     {first:8.2f} s")
        print(f"re-run, unchanged:   {rerun:8.2f} s")
        results.ratio("rerun/first", "re-run over the unchanged inputs vs the first run (CLI)",
                      f"{rerun:.2f} s vs {first:.1f} s", rerun / first)
    if "long" not in skip:
        with tempfile.TemporaryDirectory() as folder:
            path = long_transcript(args.corpus, args.long_mb, Path(folder))
            if path is None:
                print("long session: no .txt transcript in the corpus")
            else:
                long_words = prepare(path, options=options).transcript.words
                seconds, cpu = timed(1, batch_run(str(path), options, jobs=1))
                size = path.stat().st_size / 1e6
                print(f"long session:        {seconds:8.2f} s  {long_words / seconds:10,.0f} "
                      f"words/s  ({size:.1f} MB, {long_words:,} words; CPU {cpu:.2f} s, "
                      f"{long_words / cpu:,.0f} words/s; ordinary by CPU "
                      f"{words / one_cpu:,.0f} words/s: "
                      f"{(long_words / cpu) / (words / one_cpu):.2f})")
                results.ratio("long/ordinary",
                              f"one {size:.1f} MB transcript ({long_words:,} words) vs the batch",
                              f"{long_words / seconds:,.0f} vs {words / one:,.0f} words/s",
                              (long_words / seconds) / (words / one))
    if "startup" not in skip:
        base, help_ = startup_ratio(args.startup_runs)
        print(f"python -c pass:      {base * 1000:8.1f} ms (median)")
        print(f"sessietool --help:   {help_ * 1000:8.1f} ms (median)")
        results.ratio("help/pass", "`sessietool --help` vs `python -c pass` (medians)",
                      f"{help_ * 1000:.1f} ms vs {base * 1000:.1f} ms", help_ / base)
    if args.readme:
        header = (f"`bench_throughput.py {label}` ({len(inputs)} inputs, {words:,} words), "
                  f"{time.strftime('%Y-%m-%d')}, one run, 2 cores shared with other jobs:")
        write_readme(results, header, Path(args.readme))


if __name__ == "__main__":
    main()
