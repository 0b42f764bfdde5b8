"""The hostile-input corpus: the small files in ``corpus/`` plus inputs generated here (too big,
or symlinks and odd names that a repository does not hold well).

``python tests/hostile/make_corpus.py FOLDER [--big]`` writes them; ``--big`` adds the
multi-megabyte inputs the stress benchmark runs (``benchmarks/bench_stress.py``).
"""
from __future__ import annotations

import os
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent / "corpus"


def inputs(folder: Path, *, big: bool = False) -> list[Path]:
    """Write the hostile session inputs into ``folder``; the paths written (symlinks included)."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []

    def put(name: str | bytes, data: str | bytes) -> None:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        made.append(path)

    for src in sorted(HERE.glob("input-*")):
        shutil.copy(src, folder / src.name)
        made.append(folder / src.name)
    put("é" * 120 + ".txt", "Jan: een naam van 240 bytes.\n")
    put(b"caf\xe9-latin1.txt", "Jan: een naam die geen UTF-8 is.\n")
    put("twee\nregels.txt", "Jan: een naam met een regeleinde.\n")
    put("words-1mb.txt", " ".join(["w" * 300_000] * 3))  # three "words" of 300 KB
    put("empty.md", "")
    put("binary.txt", bytes(range(256)) * 8)
    loop = folder / "self.md"
    loop.unlink(missing_ok=True)
    loop.symlink_to(loop.name)
    made.append(loop)
    if big:
        put("words-5mb.txt", " ".join(["w" * 1_000_000] * 5))
        put("stars.md", "*a " * 205_000)
        put("angles.md", "<a " * 105_000)
        put("speakers.txt", many_speakers(5_300_000))
        put("pages.pdf", many_pages_pdf(100_000))
        put("cues.vtt", many_cues(50_000))
    return made


def many_speakers(size: int, speakers: int = 3000) -> str:
    """A transcript of about ``size`` characters with ``speakers`` different speakers."""
    rng = random.Random(1)
    names = [f"Spreker{i} Achternaam{i}" for i in range(speakers)]
    lines: list[str] = []
    total = 0
    while total < size:
        line = (f"{rng.choice(names)}: Wij spreken over het beleid van de gemeente, "
                f"punt {rng.randint(1, 9999)}.\n")
        lines.append(line)
        total += len(line)
    return "".join(lines)


def many_pages_pdf(pages: int) -> bytes:
    """A valid PDF of ``pages`` empty pages (written directly: pypdf takes a minute for 100,000)."""
    body = [b"%PDF-1.4\n"]
    offsets: list[int] = []
    size = len(body[0])

    def obj(number: int, text: bytes) -> None:
        nonlocal size
        offsets.append(size)
        body.append(b"%d 0 obj\n%s\nendobj\n" % (number, text))
        size += len(body[-1])

    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    obj(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages))
    for i in range(pages):
        obj(3 + i, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>")
    body.append(b"xref\n0 %d\n0000000000 65535 f \n" % (pages + 3))
    body.extend(b"%010d 00000 n \n" % offset for offset in offsets)
    body.append(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (pages + 3))
    body.append(b"startxref\n%d\n%%%%EOF\n" % size)
    return b"".join(body)


def many_cues(cues: int, speakers: int = 3) -> str:
    """A Teams-style WebVTT file of ``cues`` short cues, the speaker changing at every cue."""
    parts = ["WEBVTT\n"]
    for i in range(cues):
        clock = f"{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}"
        parts.append(f"\n{clock}.000 --> {clock}.900\n<v Spreker{i % speakers} Achternaam>"
                     f"Ja, punt {i}.</v>\n")
    return "".join(parts)


def symlink_loop(folder: Path) -> Path:
    """``folder/tree`` holding a session and a link back to itself (``tree/loop -> .``)."""
    tree = folder / "tree"
    (tree / "sub").mkdir(parents=True, exist_ok=True)
    (tree / "sub" / "notulen.md").write_text("# Notulen\n\nJan: hallo.\n", encoding="utf-8")
    for link, target in ((tree / "loop", "."), (tree / "sub" / "up", "..")):
        if not link.is_symlink():
            link.symlink_to(target)
    return tree


if __name__ == "__main__":  # pragma: no cover
    out = Path(sys.argv[1])
    for path in inputs(out, big="--big" in sys.argv):
        print(path)
    print(symlink_loop(out))
