"""Reading time per page of PDF and DOCX minutes against a plain reading of the same files timed
in the same run, and the share of extract time spent reading.

Usage: python benchmarks/bench_reading.py [FOLDER] [--rounds N] [--extract N] [--quick]

FOLDER defaults to ``../shared/corpus/overheid-overleg``. Baselines, timed file by file
alternately with the tool's reader (so load on the machine hits both alike):

* PDF: pypdf's plain ``extract_text()`` of every page (no layout, no positions, no furniture);
* DOCX: python-docx's ``Document(path)`` and the text of every body paragraph.

The tool's side is ``sessietool.readers.read_transcript`` (layout positions, tables, furniture,
letterhead, agenda). Each file is read ``--rounds`` times by both; the median per file is
summed, after one untimed warm-up read of the first file by each. Pages: a PDF's page count; a
DOCX's ``docProps/app.xml`` Pages, else one page per 500 words. ``RATIO`` lines give
tool/baseline per kind; ``--extract N`` summarises N files of each kind with the bundled model
and gives reading (``prepare``) as a share of the whole (``prepare`` + ``parse`` +
``summarise``). The last line is a ``SUMMARY``. ``--quick`` reads a spread sample of 4 files of
each kind once and summarises 2 of each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_readers import pages  # noqa: E402 - one page count for both reader benchmarks

QUICK_FILES = 4
QUICK_EXTRACT = 2


def plain_pdf(path: Path) -> str:
    """The baseline for PDF: pypdf's plain text of every page."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def plain_docx(path: Path) -> str:
    """The baseline for DOCX: python-docx's body paragraphs."""
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def tool_read(path: Path) -> object:
    from sessietool.readers import read_transcript

    return read_transcript(str(path))


BASELINES: dict[str, tuple[str, Callable[[Path], object]]] = {
    "pdf": ("pypdf extract_text", plain_pdf),
    "docx": ("python-docx paragraphs", plain_docx),
}


def once(fn: Callable[[Path], object], path: Path) -> float:
    started = time.perf_counter()
    try:
        fn(path)
    except Exception as error:  # a broken corpus file costs what it costs on both sides
        print(f"  {path.name}: {type(error).__name__}", file=sys.stderr)
    return time.perf_counter() - started


def paired(files: list[Path], base: Callable[[Path], object], rounds: int) -> tuple[float, float]:
    """Summed per-file medians (tool, baseline), the two read alternately, after one untimed
    read by each (imports and first-call caches are not reading time)."""
    once(tool_read, files[0])
    once(base, files[0])
    tool_total = base_total = 0.0
    for path in files:
        tool_times, base_times = [], []
        for r in range(rounds):
            order = [(tool_times, tool_read), (base_times, base)]
            for times, fn in order if r % 2 == 0 else reversed(order):
                times.append(once(fn, path))
        tool_total += statistics.median(tool_times)
        base_total += statistics.median(base_times)
    return tool_total, base_total


def extract_share(files: list[Path]) -> tuple[float, float]:
    """(reading seconds, whole extract seconds) over the files, with the bundled model."""
    from sessietool.api import Options, parse, prepare, summarise
    from sessietool.nlp.loading import model_label

    options = Options()
    nlp, language = options.pipeline(), options.language()
    read = total = 0.0
    for path in files:
        started = time.perf_counter()
        prepared = prepare(str(path), options=options)
        read += time.perf_counter() - started
        summarise(prepared, parse(nlp, prepared), model=model_label(nlp), language=language)
        total += time.perf_counter() - started
    return read, total


def spread(files: list[Path], n: int) -> list[Path]:
    """``n`` files spread evenly over the sorted list (all when there are fewer)."""
    if len(files) <= n:
        return files
    step = len(files) / n
    return [files[int(k * step)] for k in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", default=str(ROOT.parent / "shared/corpus/overheid-overleg")
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--extract", type=int, default=4, help="files of each kind to summarise")
    parser.add_argument("--quick", action="store_true", help="a small sample, one round")
    args = parser.parse_args()
    folder = Path(args.folder)
    if not folder.is_dir():
        sys.exit(f"bench_reading: error: no folder {folder}")
    kinds = {k: sorted(folder.glob(f"*.{k}")) for k in BASELINES}
    rounds, n_extract = args.rounds, args.extract
    if args.quick:
        kinds = {k: spread(files, QUICK_FILES) for k, files in kinds.items()}
        rounds, n_extract = 1, min(n_extract, QUICK_EXTRACT)
    print(f"bench_reading.py {folder} ({'quick, ' if args.quick else ''}{rounds} round(s))")
    print(f"{'kind':5} {'files':>5} {'pages':>5} {'tool s/page':>11} {'base s/page':>11}  baseline")
    summary = []
    for kind, files in kinds.items():
        if not files:
            continue
        label, base = BASELINES[kind]
        n_pages = sum(pages(f) for f in files)
        tool, plain = paired(files, base, rounds)
        print(
            f"{kind:5} {len(files):5} {n_pages:5} {tool / n_pages:11.4f} {plain / n_pages:11.4f}"
            f"  {label}"
        )
        print(f"RATIO {kind} tool/baseline {tool / plain:.2f}")
        summary.append(f"{kind} {tool / n_pages:.3f} s/page = {tool / plain:.2f}x {label}")
    if n_extract:
        sample = [f for files in kinds.values() for f in files[:n_extract]]
        read, total = extract_share(sample)
        print(
            f"extract of {len(sample)} files: {total:.1f} s, reading {read:.1f} s "
            f"({read / total:.0%} of the total)"
        )
        summary.append(f"reading {read / total:.0%} of extract ({len(sample)} files)")
    print("SUMMARY " + "; ".join(summary))


if __name__ == "__main__":
    main()
