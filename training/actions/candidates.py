"""Sentence spans of the corpus files eligible for hand labelling, and a check of label files.

The eligible files are the Markdown and plain-text files of ``../shared/corpus`` that have no gold
file in ``../shared/eval/gold`` (a meeting whose PDF or DOCX twin has gold is excluded as well).
Every line is split into spans: a table row or a list item is one span (its marker and the outer
pipes left out), a paragraph line is split into sentences by a small rule-based splitter.
Headings, separator rows and front matter are context only.

    python training/actions/candidates.py list [--folder F] [--file PATH] [--grep REGEX]
    python training/actions/candidates.py show PATH [--from N] [--to M]
    python training/actions/candidates.py verify [TSV...]
    python training/actions/candidates.py stats

A label row is ``path  line  start  end  label  sha1``: path relative to ``../shared``, line
1-based, start/end 0-based character columns in the line (UTF-8, line ending stripped, end
exclusive), sha1 the first 8 hex digits of the sha1 of the span's UTF-8 text.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_DIR = HERE / "labels"
LABELS = ("decision", "agreement", "action", "request", "commitment", "none")
HEADER = ("path", "line", "start", "end", "label", "sha1")
FOLDERS = {
    "fronteers-notulen": ".md",
    "overheid-overleg": ".md",
    "reports-extra": ".md",
    "handelingen-2018-04-05": ".txt",
}
SKIP_NAMES = {"SOURCE.md", "README.md"}

_ABBREVIATIONS = """
    bijv bv bijvoorbeeld o.a oa d.w.z dwz e.d m.b.t mbt t.a.v tav dhr mevr mr dr drs ir ing
    prof nr ca incl excl z.s.m zsm i.p.v ipv e.a etc evt n.a.v nav m.i.v i.s.m ism i.o.m a.s jl
    resp vs blz art lid o.b.v obv t.b.v tbv c.q cq m.n mn e.g i.e ivm i.v.m t.o.v tov wo ong
    max min st jan feb mrt apr aug sep sept okt nov dec
"""
ABBREVIATIONS = set(_ABBREVIATIONS.split())
HEADING = re.compile(r"^\s{0,3}(#{1,6}\s|_[^_].*_\s*$|\*\*[^*].*\*\*\s*:?\s*$)")
LIST_MARK = re.compile(r"^(\s*(?:[-*+•]|\d{1,3}[.)]|[a-z][.)])\s+)(?=\S)")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
RULE = re.compile(r"^\s*([-*_=]\s*){3,}$")
SENT_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-ZÀ-Ý0-9])")


@dataclass(frozen=True)
class Span:
    """One sentence, list item or table row of a corpus file."""

    path: str
    line: int
    start: int
    end: int
    text: str
    kind: str

    @property
    def sha1(self) -> str:
        return sha1(self.text)

    @property
    def ref(self) -> str:
        return f"{self.path}:{self.line}:{self.start}-{self.end}"


def sha1(text: str) -> str:
    """The first 8 hex digits of the sha1 of ``text`` as UTF-8."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def shared_root() -> Path:
    """``../shared`` of the repository, or $SESSIETOOL_SHARED."""
    env = os.environ.get("SESSIETOOL_SHARED")
    candidates = [Path(env)] if env else []
    repo = HERE.parent.parent
    candidates += [repo.parent / "shared", repo.parent.parent / "shared"]
    for cand in candidates:
        if (cand / "corpus").is_dir():
            return cand
    sys.exit("candidates: no ../shared/corpus found (set SESSIETOOL_SHARED)")


def _stem_key(name: str) -> str:
    stem = Path(name).stem
    return stem[:-4] if stem.endswith("-pdf") else stem


def gold_sources(root: Path) -> set[str]:
    """The meeting keys (file stem without ``-pdf``) of every gold file's ``source:``."""
    keys = set()
    for gold in sorted((root / "eval" / "gold").glob("*.yaml")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.startswith("source:"):
                keys.add(_stem_key(line.split(":", 1)[1].strip()))
    return keys


def eligible_files(root: Path) -> list[str]:
    """Paths (relative to ``root``) of the files that may be labelled."""
    forbidden = gold_sources(root)
    out = []
    for folder, suffix in FOLDERS.items():
        for path in sorted((root / "corpus" / folder).glob(f"*{suffix}")):
            if path.name in SKIP_NAMES or _stem_key(path.name) in forbidden:
                continue
            out.append(path.relative_to(root).as_posix())
    return out


def read_lines(root: Path, rel: str) -> list[str]:
    """The physical lines of a file, line endings stripped."""
    text = (root / rel).read_bytes().decode("utf-8")
    return [line.rstrip("\r") for line in text.split("\n")]


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[:dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    return token in ABBREVIATIONS or len(token) == 1 or bool(re.fullmatch(r"\d{1,2}", token))


def split_sentences(line: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) columns of the sentences of a paragraph line, whitespace trimmed."""
    start = 0
    for match in SENT_END.finditer(line):
        if match.group(0).startswith(".") and _is_abbreviation(line, match.start()):
            continue
        yield from _trimmed(line, start, match.end(), offset)
        start = match.end()
    yield from _trimmed(line, start, len(line), offset)


def _trimmed(line: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    piece = line[start:end]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        yield offset + start + lead, offset + end - trail


def line_spans(rel: str, number: int, line: str) -> Iterator[Span]:
    """The spans of one physical line (1-based ``number``)."""
    if not line.strip() or HEADING.match(line) or TABLE_SEP.match(line) or RULE.match(line):
        return
    stripped = line.strip()
    if stripped.startswith("|") or stripped.count(" | ") >= 2:
        start = line.index(stripped[0])
        end = start + len(stripped)
        if stripped.startswith("|"):
            start += 1
        if stripped.endswith("|") and end - 1 > start:
            end -= 1
        yield from (
            Span(rel, number, s, e, line[s:e], "row") for s, e in _trimmed(line, start, end, 0)
        )
        return
    mark = LIST_MARK.match(line)
    if mark:
        for s, e in _trimmed(line, mark.end(), len(line), 0):
            yield Span(rel, number, s, e, line[s:e], "item")
        return
    for s, e in split_sentences(line):
        yield Span(rel, number, s, e, line[s:e], "sentence")


def file_spans(root: Path, rel: str) -> Iterator[Span]:
    """All spans of a file, front matter skipped."""
    lines = read_lines(root, rel)
    in_front = bool(lines) and lines[0].strip() == "---"
    for number, line in enumerate(lines, 1):
        if in_front:
            if number > 1 and line.strip() == "---":
                in_front = False
            continue
        yield from line_spans(rel, number, line)


def headings(lines: list[str]) -> list[str]:
    """For each line (0-based), the nearest heading at or above it."""
    out, current = [], ""
    for line in lines:
        if HEADING.match(line):
            current = line.strip()
        out.append(current)
    return out


def cmd_list(args: argparse.Namespace) -> None:
    root = shared_root()
    pattern = re.compile(args.grep, re.IGNORECASE) if args.grep else None
    for rel in eligible_files(root):
        if args.folder and f"/{args.folder}/" not in f"/{rel}":
            continue
        if args.file and rel != args.file:
            continue
        for span in file_spans(root, rel):
            if pattern and not pattern.search(span.text):
                continue
            print(f"{span.ref}\t{span.kind}\t{span.sha1}\t{span.text}")


def cmd_show(args: argparse.Namespace) -> None:
    """A file's spans numbered, with headings shown, for reading in context."""
    root = shared_root()
    lines = read_lines(root, args.path)
    heads = headings(lines)
    shown_head = None
    for span in file_spans(root, args.path):
        if span.line < args.start or (args.stop and span.line > args.stop):
            continue
        if heads[span.line - 1] != shown_head:
            shown_head = heads[span.line - 1]
            print(f"   == {shown_head}")
        print(f"{span.line}:{span.start}-{span.end} [{span.kind}] {span.text}")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a label file; exits on a wrong header."""
    rows = path.read_text(encoding="utf-8").splitlines()
    if not rows or tuple(rows[0].split("\t")) != HEADER:
        sys.exit(f"{path}: header must be {' '.join(HEADER)}")
    return [dict(zip(HEADER, row.split("\t"), strict=True)) for row in rows[1:] if row]


def cmd_verify(args: argparse.Namespace) -> None:
    root = shared_root()
    files = [Path(p) for p in args.tsv] or sorted(LABELS_DIR.glob("*.tsv"))
    eligible = set(eligible_files(root))
    errors, labels, folders, seen = 0, Counter(), Counter(), set()
    cache: dict[str, list[str]] = {}
    for tsv in files:
        for row in read_tsv(tsv):
            rel, line = row["path"], int(row["line"])
            start, end = int(row["start"]), int(row["end"])
            problem = None
            if rel not in eligible:
                problem = "not an eligible file"
            elif row["label"] not in LABELS:
                problem = f"unknown label {row['label']!r}"
            elif (rel, line, start, end) in seen:
                problem = "duplicate"
            else:
                lines = cache.setdefault(rel, read_lines(root, rel))
                text = lines[line - 1][start:end] if 0 < line <= len(lines) else ""
                if not text or sha1(text) != row["sha1"]:
                    problem = "hash mismatch"
            seen.add((rel, line, start, end))
            if problem:
                errors += 1
                print(f"{tsv.name}: {rel}:{line}:{start}-{end}: {problem}")
            labels[row["label"]] += 1
            folders[rel.split("/")[1]] += 1
    print(f"{sum(labels.values())} rows, {errors} errors")
    print("  ".join(f"{k}={labels[k]}" for k in LABELS))
    print("  ".join(f"{k}={v}" for k, v in sorted(folders.items())))
    if errors:
        sys.exit(1)


def cmd_stats(args: argparse.Namespace) -> None:
    """A Markdown table of label counts per corpus folder."""
    table: dict[str, Counter] = {}
    files: dict[str, set[str]] = {}
    for tsv in sorted(LABELS_DIR.glob("*.tsv")):
        for row in read_tsv(tsv):
            folder = row["path"].split("/")[1]
            table.setdefault(folder, Counter())[row["label"]] += 1
            files.setdefault(folder, set()).add(row["path"])
    print("| folder | files | " + " | ".join(LABELS) + " | total |")
    print("|---" * (len(LABELS) + 3) + "|")
    total: Counter = Counter()
    for folder, counts in sorted(table.items()):
        total.update(counts)
        cells = " | ".join(str(counts[k]) for k in LABELS)
        print(f"| {folder} | {len(files[folder])} | {cells} | {sum(counts.values())} |")
    cells = " | ".join(str(total[k]) for k in LABELS)
    n_files = sum(len(v) for v in files.values())
    print(f"| **all** | {n_files} | {cells} | {sum(total.values())} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_list = sub.add_parser("list", help="print the spans with their references")
    p_list.add_argument("--folder")
    p_list.add_argument("--file")
    p_list.add_argument("--grep", help="keep spans matching this regex (oversampling)")
    p_list.set_defaults(func=cmd_list)
    p_show = sub.add_parser("show", help="a file's spans with headings, for reading")
    p_show.add_argument("path")
    p_show.add_argument("--from", dest="start", type=int, default=0)
    p_show.add_argument("--to", dest="stop", type=int, default=0)
    p_show.set_defaults(func=cmd_show)
    p_verify = sub.add_parser("verify", help="check every row of label files")
    p_verify.add_argument("tsv", nargs="*")
    p_verify.set_defaults(func=cmd_verify)
    p_stats = sub.add_parser("stats", help="label counts per folder (Markdown)")
    p_stats.set_defaults(func=cmd_stats)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
