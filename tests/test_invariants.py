"""The summary invariant checker (issue 24, 10): sessietool.invariants."""
from __future__ import annotations

from sessietool.api import Options, extract_text
from sessietool.invariants import violations


def test_duplicate_theme_ids_are_caught() -> None:
    summary = {"themes": [{"id": "kp-x"}, {"id": "kp-x"}]}
    assert violations(summary) == ["themes: id 'kp-x' occurs 2 times"]


def test_unresolved_organisation_is_caught() -> None:
    summary = {"speakers": [{"id": "peter-paul-koch", "organisation": "ppk"}],
               "organisations": [{"id": "w3c"}]}
    assert violations(summary) == ["'peter-paul-koch': organisation 'ppk' is no organisations id"]


def test_speaker_and_person_share_an_id() -> None:
    summary = {"speakers": [{"id": "jan"}], "people_mentioned": [{"id": "jan"}]}
    assert len(violations(summary)) == 1


def test_bad_line_numbers() -> None:
    assert violations({"organisations": [{"id": "a", "lines": [0]}]})


def test_a_real_summary_is_sound() -> None:
    text = ("# Overleg\n\nJan de Vries: Welkom. De gemeente Utrecht en het ministerie van "
            "Financiën zijn er.\nPiet Jansen: Actie: Piet stuurt het verslag vrijdag.\n")
    summary = extract_text(text, name="overleg.txt", options=Options(model="blank:nl")).to_dict()
    assert violations(summary) == []
