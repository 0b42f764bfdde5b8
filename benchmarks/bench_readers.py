"""Reading time per page of PDF and DOCX minutes, new readers against the readers of an older
commit measured in the same run, and the share of extract time spent reading.

Usage: python benchmarks/bench_readers.py [FOLDER] [--baseline REV] [--extract N]

FOLDER defaults to ``../shared/corpus/overheid-overleg``. The baseline readers (default
``b1a1d20``, before the document model) are checked out into a temporary git worktree and timed
in a subprocess with that worktree's ``src`` first on ``sys.path``; both sides read every file
``--rounds`` times and report the median seconds per page (PDF: the file's pages; DOCX:
``docProps/app.xml`` Pages, else one page per 500 words). ``--extract N`` summarises the first N
files of each kind with the bundled model and reports reading time as a share of the total.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMER = r"""
import json, sys, time, statistics
from sessietool.readers import read_transcript
out = {}
for path in sys.argv[2:]:
    times = []
    for _ in range(int(sys.argv[1])):
        started = time.perf_counter()
        try:
            read_transcript(path)
        except Exception:
            pass
        times.append(time.perf_counter() - started)
    out[path] = statistics.median(times)
print(json.dumps(out))
"""


def pages(path: Path) -> int:
    """A PDF's page count; a DOCX's stated page count, else one page per 500 words."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return len(PdfReader(str(path)).pages)
    with zipfile.ZipFile(path) as archive:
        try:
            app = archive.read("docProps/app.xml").decode("utf-8", "replace")
            if m := re.search(r"<Pages>(\d+)</Pages>", app):
                return max(int(m.group(1)), 1)
        except KeyError:
            pass
        words = len(re.sub(r"<[^>]+>", " ", archive.read("word/document.xml").decode()).split())
    return max(words // 500, 1)


def timed(src: Path, files: list[Path], rounds: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src), "OMP_NUM_THREADS": "1"}
    result = subprocess.run(
        [sys.executable, "-c", TIMER, str(rounds), *map(str, files)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def extract_share(files: list[Path]) -> tuple[float, float]:
    from sessietool.api import Options, parse, prepare, summarise
    from sessietool.nlp.loading import model_label

    options = Options()
    nlp, language = options.pipeline(), options.language()
    read = total = 0.0
    for path in files:
        started = time.perf_counter()
        prepared = prepare(path, options=options)
        read += time.perf_counter() - started
        summarise(prepared, parse(nlp, prepared), model=model_label(nlp), language=language)
        total += time.perf_counter() - started
    return read, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", default=str(ROOT.parent / "shared/corpus/overheid-overleg")
    )
    parser.add_argument("--baseline", default="b1a1d20")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--extract", type=int, default=4)
    args = parser.parse_args()
    folder = Path(args.folder)
    if not folder.is_dir():
        sys.exit(f"no folder {folder}")
    kinds = {k: sorted(folder.glob(f"*.{k}")) for k in ("pdf", "docx")}
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), args.baseline],
            check=True,
        )
        try:
            print(
                f"{'kind':5} {'files':>5} {'pages':>5} {'new s/page':>10} {'old s/page':>10} "
                f"{'old/new':>7}"
            )
            for kind, files in kinds.items():
                if not files:
                    continue
                n_pages = sum(pages(f) for f in files)
                new = sum(timed(ROOT / "src", files, args.rounds).values())
                base = sum(timed(old / "src", files, args.rounds).values())
                print(
                    f"{kind:5} {len(files):5} {n_pages:5} {new / n_pages:10.4f} "
                    f"{base / n_pages:10.4f} {base / new:7.1f}"
                )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False
            )
    if args.extract:
        sample = [f for files in kinds.values() for f in files[: args.extract]]
        read, total = extract_share(sample)
        print(
            f"extract of {len(sample)} files: {total:.1f} s, reading {read:.1f} s "
            f"({read / total:.0%} of the total)"
        )


if __name__ == "__main__":
    main()
