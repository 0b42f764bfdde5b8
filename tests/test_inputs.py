"""The inputs module: reading and size checks without the readers, so that an unchanged re-run
is startup cost only and imports no spaCy, reader or extractor (issue 25: re-run / first run
≤ 0.02)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ("spacy", "sessietool.api", "sessietool.readers", "sessietool.extract",
         "sessietool.summary")

PROBE = """
import sys
from sessietool.cli.fast import main
sys.argv = ["sessietool", "extract", sys.argv[1], "-o", sys.argv[2], "--quiet"]
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
else:
    code = 0
heavy = sorted(m for m in sys.modules if m.split(".")[0] == "spacy" or m in HEAVY)
print(code, *heavy)
"""


def _run(source: Path, out: Path) -> list[str]:
    code = f"HEAVY = {HEAVY!r}\n{PROBE}"
    done = subprocess.run([sys.executable, "-c", code, str(source), str(out)],
                          capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_unchanged_rerun_imports_no_pipeline_reader_or_extractor(tmp_path: Path) -> None:
    source = tmp_path / "notulen.md"
    source.write_text("# Overleg\n\nAanwezig: Jan Jansen (Logius)\n\nJan opent de vergadering.\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    first = _run(source, out)
    assert first[0] == "0" and "spacy" in first  # the first run does the work
    again = _run(source, out)
    assert again == ["0"], f"an unchanged re-run imported {again[1:]}"


def test_read_input_names_the_file_and_refuses_what_is_no_regular_file(tmp_path: Path) -> None:
    import pytest

    from sessietool.errors import FileMissing, TooLarge, UnreadableFile
    from sessietool.inputs import read_input

    with pytest.raises(FileMissing) as missing:
        read_input(tmp_path / "weg.md")
    assert "weg.md" in str(missing.value)
    with pytest.raises(UnreadableFile):
        read_input(tmp_path)
    big = tmp_path / "groot.txt"
    big.write_bytes(b"x" * 11)
    with pytest.raises(TooLarge):
        read_input(big, max_size=10)
    assert read_input(big, max_size=11) == b"x" * 11
