"""Dates normalised to ISO; yearless dates and the session date inferred."""

from __future__ import annotations

from sessietool.extract.dates import date_from_name


def test_yearless_dates_take_the_year_named_elsewhere(summarise):
    s = summarise(
        "Op 6 oktober spraken we. Op 5 en 6 november 2020 komen we bij elkaar.\n",
        name="verslag.txt",
    )
    assert [(d.date, d.text) for d in s.dates] == [
        ("2020-10-06", "6 oktober"),
        ("2020-11-05", "5 en 6 november 2020"),
        ("2020-11-06", "5 en 6 november 2020"),
    ]
    assert s.session.date == "2020-10-06"


def test_relative_dates_resolve_against_the_session_date(summarise):
    s = summarise(
        "Volgende week komt de brief, en voor de zomer het plan.\n", name="2021-03-10-overleg.txt"
    )
    assert s.session.date == "2021-03-10"
    assert {(d.date, d.text.lower()) for d in s.dates} == {
        ("2021-03-17", "volgende week"),
        ("2021-07-01", "voor de zomer"),
    }


def test_dates_in_file_names():
    assert date_from_name("22-09-2016.md") == "2016-09-22"
    assert date_from_name("notulen-alv-4-november-2022.md") == "2022-11-04"
    assert date_from_name("ParlaMint-NL_2021-06-17-tweedekamer-7.txt") == "2021-06-17"
    assert date_from_name("verslag.md") is None


def test_front_matter_date_wins(summarise):
    s = summarise(
        "---\ntitle: Overleg\ndate: 2019-05-01\n---\n\nOp 3 juni 2019 weer.\n",
        name="x-2018-01-01.md",
    )
    assert s.session.date == "2019-05-01"
    assert s.session.title == "Overleg"
