"""Stress benchmark (issue 24): the hostile-input corpus as one batch, under limits.

Usage: python benchmarks/bench_stress.py [--model M] [--limit-gb 4] [--no-big] [--normal FILE...]
       [--only NAME...]

``--only`` keeps the hostile inputs whose file name contains one of the given strings (on a
loaded machine the whole big set takes well over ten minutes).

The last line before any ``LIMIT EXCEEDED`` is a ``SUMMARY``: tracebacks, aborted batches, the
largest peak memory and the most seconds per MB of any hostile input, against a normal session.

1. The corpus of ``tests/hostile`` (with the multi-megabyte inputs unless ``--no-big``) is
   written to a temporary folder and extracted as ONE batch (``sessietool extract`` in a
   subprocess with an address-space limit and a timeout of 60 s per MB): it reports the
   tracebacks on stderr (must be 0) and whether the batch was aborted (no ``done`` event, or an
   exit code other than 0/1; must be 0).
2. Each input again on its own (a subprocess each, measured with ``os.wait4``): peak memory
   (must be <= 1 GB for inputs under ``--max-size``) and seconds per MB beyond the start-up
   cost (must be <= 60 for inputs of at least 100 KB).
3. The same for ordinary sessions (``--normal``; default: the example report in
   ``data/sessions`` and, when present, a few files of ``../shared/corpus``), measured in the
   same run, so the cost per MB of hostile input can be read against a normal session's.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
from make_corpus import inputs, symlink_loop  # noqa: E402

from sessietool.batch.progress import printable  # noqa: E402

SESSIETOOL = [sys.executable, "-m", "sessietool.cli.fast"]
MB = 1_000_000


def run(args: list[str], *, limit_bytes: int, timeout: float) -> tuple[int, str, float, float]:
    """Exit code, stderr, seconds and peak RSS (MB) of one ``sessietool`` subprocess."""
    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
        os.nice(10)

    env = {**os.environ, "CI": "true"}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([*SESSIETOOL, *args], stdout=subprocess.DEVNULL, stderr=err,
                                preexec_fn=limits, env=env)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                status = -9 << 8
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status) if status >= 0 else -9
    return code, stderr, seconds, usage.ru_maxrss / 1024


def size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--limit-gb", type=float, default=4.0)
    ap.add_argument("--no-big", action="store_true")
    ap.add_argument("--normal", nargs="*", default=None)
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args()
    if args.model:
        os.environ["SESSIETOOL_MODEL"] = args.model
    limit = int(args.limit_gb * 1024**3)
    work = Path(tempfile.mkdtemp(prefix="bench-stress-"))
    made = inputs(work / "hostile", big=not args.no_big)
    if args.only is not None:
        made = [p for p in made if any(part in p.name for part in args.only)]
    tree = symlink_loop(work / "hostile")
    total_mb = sum(size_of(p) for p in made) / MB
    failures: list[str] = []

    # 1. one batch
    batch_args = ["extract", *map(str, made), f"{tree}/**/*.md", "-o", str(work / "out"),
                  "--log-format", "json"]
    code, stderr, seconds, peak = run(batch_args, limit_bytes=limit,
                                      timeout=120 + 60 * max(total_mb, 1))
    tracebacks = stderr.count("Traceback")
    events = []
    for line in stderr.splitlines():
        with contextlib.suppress(ValueError):
            events.append(json.loads(line))
    aborted = int(code not in (0, 1) or not any(e.get("event") == "done" for e in events))
    print(f"batch: {len(made) + 1} inputs, {total_mb:.1f} MB, {seconds:.1f} s, exit {code}, "
          f"peak {peak:.0f} MB, tracebacks {tracebacks}, aborted {aborted}")
    if tracebacks or aborted:
        failures.append("the batch had tracebacks or was aborted")

    # 2 and 3. each input alone, and ordinary sessions
    tiny = work / "tiny.txt"
    tiny.write_text("Jan: hallo.\n", encoding="utf-8")
    _, _, startup, base_rss = run(["extract", str(tiny), "-o", str(work / "o-tiny")],
                                  limit_bytes=limit, timeout=300)
    print(f"start-up: {startup:.1f} s, {base_rss:.0f} MB")
    normal = ([Path(p) for p in args.normal] if args.normal is not None
              else default_normal(work))
    rows = [("hostile", p) for p in made] + [("normal", p) for p in normal]
    print(f"{'kind':8} {'input':42} {'MB':>7} {'s':>7} {'s/MB':>7} {'peak MB':>8}  result")
    worst: dict[str, tuple[float, str]] = {"peak": (0.0, "-"), "s/MB": (0.0, "-")}
    normal_per_mb: list[float] = []
    for kind, path in rows:
        out = work / f"o-{abs(hash(str(path)))}"
        code, stderr, seconds, peak = run(["extract", str(path), "-o", str(out)],
                                          limit_bytes=limit, timeout=120 + 60 * size_of(path) / MB)
        mb = size_of(path) / MB
        per_mb = max(seconds - startup, 0.0) / mb if mb >= 0.1 else float("nan")
        result = "timeout" if code == -9 else ("ok" if code == 0 else f"exit {code}")
        if "Traceback" in stderr:
            result += " TRACEBACK"
        shown = printable(path.name)
        print(f"{kind:8} {shown[:42]!s:42} {mb:7.2f} {seconds:7.1f} {per_mb:7.1f} "
              f"{peak:8.0f}  {result}")
        tracebacks += "TRACEBACK" in result
        if kind == "normal" and mb >= 0.1:
            normal_per_mb.append(per_mb)
        if kind == "hostile":
            worst["peak"] = max(worst["peak"], (peak, shown[:42]))
            if mb >= 0.1:
                worst["s/MB"] = max(worst["s/MB"], (per_mb, shown[:42]))
        if kind == "hostile" and (peak > 1024 or "TRACEBACK" in result or code == -9
                                  or (mb >= 0.1 and per_mb > 60)):
            failures.append(f"{path.name}: {result}, {per_mb:.1f} s/MB, {peak:.0f} MB")
    normal = max(normal_per_mb) if normal_per_mb else float("nan")
    print(f"SUMMARY tracebacks {tracebacks}, aborted batches {aborted}, hostile peak "
          f"{worst['peak'][0]:.0f} MB ({worst['peak'][1]}), slowest {worst['s/MB'][0]:.1f} s/MB "
          f"({worst['s/MB'][1]}; limit 60), normal session {normal:.1f} s/MB")
    for failure in failures:
        print(f"LIMIT EXCEEDED: {failure}")
    return 1 if failures else 0


def default_normal(work: Path) -> list[Path]:
    """The example report, the largest file of two corpus groups and (to measure per MB
    where the start-up cost does not dominate) the largest one repeated to about 1.5 MB."""
    found = sorted((ROOT / "data" / "sessions").glob("*.txt"))[:1]
    shared = ROOT.parent / "shared" / "corpus"
    for group in ("handelingen-2018-04-05", "fronteers-notulen"):
        found += sorted((shared / group).glob("*.*"), key=lambda p: -p.stat().st_size)[:1]
    if found:
        text = max(found, key=size_of).read_text(encoding="utf-8", errors="replace")
        long = work / "normal-repeated.txt"
        long.write_text(text * max(1, 1_500_000 // max(len(text), 1)), encoding="utf-8")
        found.append(long)
    return found


if __name__ == "__main__":
    raise SystemExit(main())
