"""Hostile gazetteer and theme files (issue 24, 8): one clear error, exit 2, bounded work."""
from __future__ import annotations

from pathlib import Path

import pytest

from sessietool.errors import DataFileError
from sessietool.language import MAX_ENTRIES, MAX_FILE_BYTES, load_language_data

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(("name", "message"), [
    ("gazetteer-empty-alias.yaml", "must not hold an empty string"),
    ("gazetteer-not-organisations-5.yaml", "'not_organisations' must be a list of strings"),
    ("gazetteer-laughs.yaml", "more than 100 YAML aliases"),
])
def test_bad_gazetteers_from_the_corpus(name: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        load_language_data((str(CORPUS / name),))


def test_theme_with_an_empty_term() -> None:
    with pytest.raises(DataFileError, match="empty string"):
        load_language_data((), (str(CORPUS / "themes-empty-term.yaml"),))


def test_deeply_nested_yaml_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(DataFileError, match="nested too deeply"):
        load_language_data((str(path),))


def test_devices_and_folders_are_not_read(tmp_path: Path) -> None:
    for path in ("/dev/zero", str(tmp_path)):
        with pytest.raises(DataFileError, match="not a regular file"):
            load_language_data((path,))


def test_file_and_entry_limits(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * MAX_FILE_BYTES + "\norganisations: []\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="too large"):
        load_language_data((str(big),))
    many = tmp_path / "many.yaml"
    many.write_text("".join(f"- name: O{i}\n" for i in range(MAX_ENTRIES + 1)), encoding="utf-8")
    with pytest.raises(DataFileError, match="more than the limit"):
        load_language_data((str(many),))


def test_overlong_alias(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text(f"- name: Lang\n  aliases: [{'x' * 301}]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="longer than"):
        load_language_data((str(path),))


def test_a_few_anchors_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text("- name: Een\n  aliases: &a [E1, E2]\n- name: Twee\n  aliases: *a\n",
                    encoding="utf-8")
    data = load_language_data((str(path),))
    assert {o.name for o in data.organisations} >= {"Een", "Twee"}


def test_cli_reports_one_line_exit_2(cli, session, tmp_path) -> None:
    result = cli("extract", session, "-o", tmp_path / "out", "--gazetteer",
                 CORPUS / "gazetteer-empty-alias.yaml")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
