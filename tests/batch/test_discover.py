"""Discovery: folders walked recursively, glob patterns, stdin, deterministic order, dedupe."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from sessietool.batch.discover import SUFFIXES, discover


def rel(inputs, root: Path) -> list[str]:
    return [Path(i.source).relative_to(root).as_posix() for i in inputs]


def test_suffixes_match_the_readers() -> None:
    from sessietool.readers import SUPPORTED_SUFFIXES

    assert tuple(SUPPORTED_SUFFIXES) == SUFFIXES


def test_folder_is_walked_recursively_sorted_supported_only(corpus: Path) -> None:
    inputs = discover([str(corpus)])
    assert rel(inputs, corpus) == [
        "a/notulen.md", "a/overleg.txt", "b/c/tweede.md", "b/c/verslag.txt", "b/notulen.md",
    ]
    assert all(i.error is None for i in inputs)
    assert inputs[0].key == str((corpus / "a" / "notulen.md").resolve())


def test_glob_pattern(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    inputs = discover(["corpus/**/*.md"])
    assert [i.source for i in inputs] == [
        "corpus/a/notulen.md", "corpus/b/c/tweede.md", "corpus/b/notulen.md",
    ]


def test_duplicates_are_kept_once_at_first_position(corpus: Path) -> None:
    first = corpus / "b" / "notulen.md"
    inputs = discover([str(first), str(corpus), str(corpus / "b" / ".." / "b" / "notulen.md")])
    keys = [i.key for i in inputs]
    assert len(keys) == len(set(keys)) == 5
    assert inputs[0].source == str(first)


def test_explicit_file_is_kept_whatever_its_suffix(corpus: Path) -> None:
    inputs = discover([str(corpus / "b" / "ignored.yaml")])
    assert len(inputs) == 1 and inputs[0].error is None


def test_missing_file_and_empty_pattern_become_failing_inputs(tmp_path: Path) -> None:
    inputs = discover([str(tmp_path / "nope.txt"), str(tmp_path / "*.md")])
    assert [i.error for i in inputs] == ["no such file", "the pattern matches no supported files"]


def test_stdin(corpus: Path) -> None:
    inputs = discover(["-", str(corpus / "a" / "overleg.txt")])
    assert inputs[0].is_stdin and inputs[0].key == "-"
    assert not inputs[1].is_stdin


def test_order_does_not_depend_on_the_filesystem(tmp_path: Path) -> None:
    for name in ["b.txt", "A.txt", "a.txt", "10.txt", "2.txt"]:
        (tmp_path / name).write_text("Tekst.\n", encoding="utf-8")
    names = [os.path.basename(i.source) for i in discover([str(tmp_path)])]
    assert names == ["10.txt", "2.txt", "A.txt", "a.txt", "b.txt"]


def test_inputs_for_refuses_missing_and_empty(tmp_path: Path) -> None:
    """The up-front probe of a run: a missing path or no supported file is a usage error."""
    import pytest

    from sessietool.batch.discover import inputs_for
    from sessietool.errors import UsageError

    with pytest.raises(UsageError, match="no such file or folder"):
        inputs_for([str(tmp_path / "gone.txt")])
    (tmp_path / "README.md").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="no supported files"):
        inputs_for([str(tmp_path)])
    assert [Path(i.source).name for i in inputs_for([str(tmp_path)], default_excludes=False)] \
        == ["README.md"]
