"""Front matter authors of a first-person report."""

from __future__ import annotations

from sessietool.extract.authors import author_entries, first_person, matches_slug, slug_name
from sessietool.language import load_language_data

LANG = load_language_data()


def test_slug_becomes_a_name_with_lower_case_particles():
    assert slug_name("linda-van-den-brink", LANG) == "Linda van den Brink"
    assert slug_name("Tom Ootes", LANG) == "Tom Ootes"


def test_an_organisation_or_unknown_slug_is_no_person():
    assert slug_name("digilab", LANG) is None
    assert slug_name("team-data-platform", LANG) is None


def test_entries_from_every_author_key_in_order():
    meta = {"authors": "tom-ootes, dimitri-van-hees", "author": "tom-ootes"}
    assert author_entries(meta, LANG) == ["tom-ootes", "dimitri-van-hees"]


def test_first_person_and_slug_match():
    assert first_person("Deze keer werkten we aan de linter.", LANG)
    assert not first_person("De werkgroep besprak de linter.", LANG)
    assert matches_slug("Linda van den Brink", "linda-van-den-brink")


REPORT = """---
authors: [karin-de-vries, digilab]
---
# Terugblik op de codesprint

Tijdens de codesprint hebben we gewerkt aan de validator. Mijn Kadaster collega's waren er ook.
Pieter Bakker presenteerde de resultaten.
"""


def test_authors_of_a_first_person_report_take_part_for_the_writer_organisation(summarise):
    s = summarise(REPORT, name="terugblik.md")
    by_name = {p.name: p for p in s.speakers}
    assert "Karin de Vries" in by_name
    assert by_name["Karin de Vries"].organisation == "kadaster"
    assert "karin-de-vries" in by_name["Karin de Vries"].aliases
    assert "Digilab" not in by_name


def test_authors_of_a_third_person_report_do_not_take_part(summarise):
    text = REPORT.replace("hebben we", "heeft de werkgroep").replace("Mijn Kadaster", "De")
    s = summarise(text, name="terugblik.md")
    assert "Karin de Vries" not in {p.name for p in s.speakers}
