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


def _date(text: str, name: str = "verslag.md") -> str | None:
    from sessietool.extract.context import SessionDoc
    from sessietool.extract.dates import session_date
    from sessietool.language import load_language_data
    from sessietool.nlp.features import Features
    from sessietool.readers import read_transcript

    t = read_transcript(name, data=text.encode())
    return session_date(SessionDoc(Features(), t, load_language_data(), path=name, text=t.text))


def test_an_action_table_or_a_deadline_in_the_opening_text_is_not_the_meeting_date():
    actions = (
        "## 1. Onderwerp\n\nDe werkgroep sprak over het profiel.\n\n## 2. Actiepunten\n\n"
        "| Actie | Verantwoordelijke | Wanneer |\n|---|---|---|\n"
        "| Profiel bijwerken | Niels | Voor 10/6/2025 |\n"
    )
    assert _date(actions) is None
    prose = "# Verslag Werkgroep\n\nDe set wijzigingen per 1-1-2023 is besproken op 30-9-2022.\n"
    assert _date(prose) == "2022-09-30"


def test_a_date_as_a_pdf_spaces_it_and_a_yearless_date_in_the_title():
    assert _date("Werkgroep Architectuur Verslag Overleg 24-4 -2020 - Concept\n\nTekst.\n") == (
        "2020-04-24"
    )
    assert _date("# Notulen werkgroep 27-08\n\nIn 2025 gaan we door.\n") == "2025-08-27"
    assert _date("# Notulen werkgroep 13:00-15:00\n\nIn 2025 gaan we door.\n") is None


def test_parts_of_a_month_and_quarters(summarise):
    s = summarise(
        "Het plan komt eind mei, de cijfers in Q3 en de evaluatie begin februari 2022.\n",
        name="2021-03-10-overleg.txt",
    )
    found = {d.text: d.date for d in s.dates}
    assert found["eind mei"] == "2021-05-31"
    assert found["Q3"] == "2021-09-30"
    assert found["begin februari 2022"] == "2022-02-01"
