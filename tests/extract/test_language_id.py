"""The language check: a session clearly not in Dutch is told, and gets no names made of its
function words."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sessietool.cli.app import app
from sessietool.extract.language_id import (
    detect_language,
    is_function_word_name,
    is_function_word_organisation,
)

ENGLISH = Path(__file__).resolve().parents[1] / "fixtures" / "language" / "english-meeting.txt"
DUTCH = ("De werkgroep komt op 3 mei bijeen. Jan de Vries opent de vergadering en heet iedereen "
         "welkom. Het ministerie heeft het budget goedgekeurd, maar de gemeente wil eerst de "
         "plannen zien. Piet stuurt het verslag voor vrijdag rond en vraagt of er nog vragen zijn "
         "over de begroting van dit jaar. ")


def test_detects_english_dutch_and_too_short() -> None:
    assert detect_language(ENGLISH.read_text(encoding="utf-8")) == "en"
    assert detect_language(DUTCH) == "nl"
    assert detect_language("Goedemorgen allemaal.") is None
    assert detect_language("12 34 56 " * 30) is None
    # a few English words in a Dutch text do not make it English
    assert detect_language(DUTCH + "We had a meeting about the budget and the plans. ") == "nl"


def test_function_word_names() -> None:
    assert is_function_word_name("Alright", "en") and is_function_word_name("And I", "en")
    assert is_function_word_name("I've", "en")
    assert not is_function_word_name("Tom Baker", "en")
    assert not is_function_word_name("If", "nl")  # no list for Dutch: Dutch names are kept
    assert is_function_word_organisation("Also", "en")
    assert not is_function_word_organisation("Bank of America", "en")


def test_english_session_gets_language_and_no_invented_names(summarise) -> None:
    summary = summarise(ENGLISH.read_text(encoding="utf-8"), name="meeting.txt")
    assert summary.source.language == "en"
    names = [s.name for s in summary.speakers] + [p.name for p in summary.people_mentioned]
    assert {"Sarah Miller", "Tom Baker"} <= set(names)
    assert not [n for n in names if is_function_word_name(n, "en")], names
    for org in summary.organisations:
        assert not is_function_word_organisation(org.name, "en")


def test_dutch_session_is_nl_without_warning(summarise, tmp_path: Path) -> None:
    assert summarise(DUTCH).source.language == "nl"
    path = tmp_path / "nl.txt"
    path.write_text(DUTCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "-m", "blank:nl"])
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize("quiet", [False, True])
def test_cli_warns_about_a_session_that_is_not_dutch(quiet: bool) -> None:
    args = ["-q"] if quiet else []
    result = CliRunner().invoke(app, [*args, "extract", str(ENGLISH), "-m", "blank:nl"])
    assert result.exit_code == 0
    assert "language: en" in result.stdout
    if quiet:
        assert result.stderr == ""
    else:
        assert result.stderr.startswith(f"sessietool: warning: {ENGLISH}: the text looks English, "
                                        "not Dutch;")
        assert result.stderr.count("\n") == 1


@pytest.mark.slow
def test_bundled_model_invents_no_english_names() -> None:
    from sessietool.api import extract_session

    # without the check the Dutch model makes people of "Alright", "And I", "If", "But I" ...
    summary = extract_session(ENGLISH)
    assert [s.name for s in summary.speakers] == ["Sarah Miller", "Tom Baker"]
    assert summary.people_mentioned == []
    assert summary.source.language == "en"
