"""``sessietool --help`` wall time against ``python -c pass`` (target: ratio <= 3).

Usage: python benchmarks/bench_startup.py [CORPUS_DIR] [--runs N]

Runs are interleaved (pass, --help, --version, pass, ...) so background load hits all alike; the
medians are compared. CORPUS_DIR is accepted for symmetry with the other benchmarks and unused.
Also checks that ``--help`` does not import spaCy or typer.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", help="unused")
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()

    python = sys.executable
    script = shutil.which("sessietool", path=str(Path(python).parent)) or "sessietool"
    commands = {
        "python -c pass": [python, "-c", "pass"],
        "sessietool --help": [script, "--help"],
        "sessietool --version": [script, "--version"],
        "typer app --help (no fast path)": [python, "-c", "import sys; sys.argv=['sessietool',"
                                            "'--help']; from sessietool.cli.app import main; "
                                            "main()"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():  # warm the page cache and .pyc files
        timed(cmd)
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(timed(cmd))
    base = statistics.median(times["python -c pass"])
    print(f"{'command':34} {'median ms':>10} {'ratio':>7}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:34} {median * 1000:10.1f} {median / base:7.2f}")
    check = subprocess.run(
        [python, "-c", "import runpy, sys; sys.argv=['sessietool', '--help']\n"
         "try:\n    runpy.run_module('sessietool', run_name='__main__')\nexcept SystemExit:\n"
         "    pass\nprint(sorted(m for m in ('spacy', 'typer', 'rich', 'click') "
         "if m in sys.modules))"],
        capture_output=True, text=True, check=True)
    print("modules imported by --help:", check.stdout.strip().splitlines()[-1])
    ratio = statistics.median(times["sessietool --help"]) / base
    print(f"RATIO help/python-pass = {ratio:.2f} (target <= 3)")


if __name__ == "__main__":
    main()
