"""Themes from the taxonomy (extensible) and key phrases."""

from __future__ import annotations

from pathlib import Path

from sessietool.api import Options


def test_taxonomy_themes_with_evidence_and_scores(summarise):
    s = summarise(
        "Het lerarentekort groeit en groeit: lerarentekort! "
        "Zij-instromers helpen tegen het lerarentekort. "
        "Er is geld nodig, en budgetten.\n"
    )
    ids = [t.id for t in s.themes]
    assert ids[0] == "lerarentekort"
    assert {"zij-instroom", "financiering"} <= set(ids)
    lerarentekort = s.themes[0]
    assert lerarentekort.keywords == ["lerarentekort"]
    assert abs(sum(t.score for t in s.themes) - 1) < 0.01
    assert lerarentekort.source == "taxonomy"


def test_user_themes_extend_the_taxonomy(summarise, tmp_path: Path):
    themes = tmp_path / "themes.yaml"
    themes.write_text("themes:\n  - {id: fietsen, label: Fietsen, terms: [fiets]}\n", "utf-8")
    s = summarise(
        "De fietsenstalling en de fietsers.\n",
        options=Options(model="blank:nl", themes=(str(themes),)),
    )
    assert [t.id for t in s.themes if t.source == "taxonomy"] == ["fietsen"]
    assert s.themes[0].keywords == ["fietsenstalling", "fietsers"]
