"""A parliamentary title's subject, without its procedure words and date."""

from __future__ import annotations

import pytest

from sessietool.extract.title_subject import title_subject


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Stemmingen moties Informele Milieuraad d.d. 10-11 april 2018", "Informele Milieuraad"),
        ("VAO Emancipatiebeleid", "Emancipatiebeleid"),
        ("Debat over de fraude met pgb's", "Fraude met pgb's"),
        ("Dertigledendebat over het tekort bij de Omgevingswet", "Tekort bij de Omgevingswet"),
        ("Bouwregelgeving en energiebesparing", "Bouwregelgeving en energiebesparing"),
        ("125 miljoen euro voor Humanitas", "125 miljoen euro voor Humanitas"),
    ],
)
def test_procedure_and_date_are_left_out(title: str, subject: str):
    assert title_subject(title) == subject


def test_a_title_of_procedure_only_stays_as_it_is():
    assert title_subject("Stemmingen") == "Stemmingen"  # is_boilerplate drops it, not this
    assert title_subject("Motie 12 april 2018") == "Motie"


def test_a_stemmingen_title_names_its_subject_as_theme(summarise):
    s = summarise("# Stemmingen moties Informele Milieuraad d.d. 10-11 april 2018\n\n"
                  "De voorzitter:\nIn stemming komt de motie over de Milieuraad.\n")
    assert [t.label for t in s.themes if t.source == "agenda"] == ["Informele Milieuraad"]
