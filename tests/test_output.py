"""Output files: readable as the umask says, an existing file's mode kept."""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sessietool.output import write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def umask() -> Iterator[callable]:
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_follows_the_umask(tmp_path: Path, umask) -> None:
    umask(0o022)
    write_atomic(tmp_path / "a.yaml", "a: 1\n")
    assert mode(tmp_path / "a.yaml") == 0o644
    umask(0o077)
    write_atomic(tmp_path / "b.yaml", "b: 1\n")
    assert mode(tmp_path / "b.yaml") == 0o600
    umask(0o002)
    write_atomic(tmp_path / "c.yaml", "c: 1\n")
    assert mode(tmp_path / "c.yaml") == 0o664


def test_existing_file_keeps_its_mode(tmp_path: Path, umask) -> None:
    umask(0o022)
    target = tmp_path / "a.yaml"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert mode(target) == 0o640
