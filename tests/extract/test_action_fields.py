"""Action fields: owners, due dates against the meeting date, status words."""

from __future__ import annotations

import pytest

from sessietool.extract.action_fields import Owners, due_date, status_of
from sessietool.language import load_language_data
from sessietool.summary import DateMention, Organisation, Speaker

LANG = load_language_data()


def _owners() -> Owners:
    people = [Speaker(id="frank-terpstra", name="Frank Terpstra")]
    orgs = [Organisation(id="logius", name="Logius")]
    return Owners(people, orgs, LANG)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Frank", ["frank-terpstra"]),
        ("Logius, Frank", ["logius", "frank-terpstra"]),
        ("Allen", ["allen"]),
        ("TO-leden", ["to-leden"]),
        ("Martin vd Plas", ["Martin vd Plas"]),
        ("poc", []),
        ("n-a-v", []),
        ("dark-mode", []),
    ],
)
def test_owner_cells(cell, expected):
    assert _owners().cell(cell) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("het projectteam nodigt", ["projectteam"]),
        ("De stuurgroep zal", ["stuurgroep"]),
        ("Het nieuwe bestuur", ["bestuur"]),
        ("De deelnemers", ["deelnemers"]),
        ("Het teamoverleg", []),
        ("De presentatie", []),
    ],
)
def test_group_nouns_own_a_clause(clause, expected):
    assert _owners().subject(clause) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [("O", "open"), ("G", "closed"), ("Gesloten", "closed"), ("Afgerond: Ja", "closed"),
     ("loopt", "open"), ("Nieuw actiepunt", "open"), ("Bij de volgende keer", None),
     ("Afgerond", "closed"), ("Afgerond: nee", "open"), ("Status: open", "open"),
     ("G-Cloud", None)],
)
def test_status_words(text, status):
    assert status_of(text, LANG) == status


def test_yearless_due_before_the_meeting_is_next_year():
    dates = [DateMention(date="2023-01-15", text="rond 15 januari", line=4)]
    assert due_date(dates, {4}, "2023-11-03") == "2024-01-15"


def test_due_with_written_year_before_the_meeting_is_not_a_deadline():
    dates = [DateMention(date="2023-01-15", text="15 januari 2023", line=4)]
    assert due_date(dates, {4}, "2023-11-03") is None


def test_due_on_other_lines_is_ignored():
    dates = [DateMention(date="2024-05-29", text="29 mei 2024", line=9)]
    assert due_date(dates, {4}, "2024-03-06") is None
    assert due_date(dates, {9}, "2024-03-06") == "2024-05-29"


def test_a_due_date_is_written_in_the_action_sentence():
    from sessietool.summary import DateMention

    dates = [DateMention(date="2024-01-01", text="1 januari", line=3)]
    assert due_date(dates, {3}, "2023-06-12") == "2024-01-01"
    other = "Bas en Iris spreken af samen een werksessie te organiseren."
    assert due_date(dates, {3}, "2023-06-12", within=other) is None
    own = "Henk meldt dat het waterschap per 1 januari  anders werkt."
    assert due_date(dates, {3}, "2023-06-12", within=own) == "2024-01-01"


def test_a_month_after_its_day_is_no_person():
    owners = Owners([Speaker(id="jan", name="Jan")], [], LANG)
    assert owners.names_in("Tekst herzien (03 Jan. 2023)") == []
    assert owners.names_in("Jan past de tekst aan") == ["jan"]


def test_a_date_the_sentence_refers_to_is_no_deadline():
    from sessietool.summary import DateMention

    dates = [DateMention(date="2025-04-02", text="2 april", line=5)]
    minutes = "Het verslag van 2 april wordt zonder wijzigingen vastgesteld."
    assert due_date(dates, {5}, "2025-05-07", within=minutes) is None
    plan = "Eva stuurt de planning voor 2 april rond."
    assert due_date(dates, {5}, "2025-03-07", within=plan) == "2025-04-02"


def test_office_holder_owns_an_office_word():
    """``Secretaris`` in an owner cell, ``de scriba``: the one attendee holding that office."""
    people = [Speaker(id="els-kramer", name="Els Kramer", role="scriba"),
              Speaker(id="bart-ooms", name="Bart Ooms", role="ambtelijk secretaris")]
    owners = Owners(people, [], LANG)
    assert owners.cell("Scriba") == ["els-kramer"]
    assert owners.subject("De ambtelijk secretaris") == ["bart-ooms"]
    assert owners.office_named("penningmeester") == []


def test_a_particle_is_no_first_name():
    """``De Linde`` (a name read as a person) gives no first name ``De`` to every ``De …``."""
    owners = Owners([Speaker(id="de-linde", name="De Linde")], [], LANG)
    assert owners.names_in("De raad stemt in") == []
    assert owners.names_in("Bewoners van De Linde") == ["de-linde"]
