"""Agenda items from the document structure (sessietool.extract.agenda_items)."""

from __future__ import annotations

import dataclasses

import pytest

from sessietool.extract.agenda_items import agenda_items, is_boilerplate, normalise
from sessietool.transcript import Segment, Transcript, single_line


def _doc(*rows: tuple[str, str], title: str | None = None) -> Transcript:
    segs = [single_line(text, n + 1, kind=kind) for n, (kind, text) in enumerate(rows)]
    return Transcript(segs, "markdown", title=title)


def _titles(t: Transcript) -> list[str]:
    return [a.title for a in agenda_items(t)]


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("3. Stand van zaken OIN-stelsel", "Stand van zaken OIN-stelsel"),
        ("_1 Welkom_", "Welkom"),
        ("2) bespreken review:", "Bespreken review"),
        ("Issues en wijzigingsvoorstellen (Github) (vz)", "Issues en wijzigingsvoorstellen"),
        ("Stand van zaken: we hebben het besproken", "Stand van zaken"),
        ("Blok 2 BEGROTING", "Begroting"),
        ("Deel 1: Visie op de registers", "Visie op de registers"),
        ("VOORTGANG EN PLANNING", "Voortgang en planning"),
        ("BRP", "BRP"),
    ],
)
def test_normalise_strips_numbering_markup_and_parentheses(raw: str, label: str):
    assert normalise(raw) == label


def test_normalise_cuts_long_titles():
    assert len(normalise("1. " + " ".join(f"woord{i}" for i in range(30))).split()) == 10


@pytest.mark.parametrize(
    "label",
    ["Opening", "Opening & mededelingen", "Rondvraag / Losse zaken", "Vaststellen agenda",
     "Notulen vorige vergadering", "Sluiting", "Actiepunten", "Aanwezig", "Afwezig / Afgemeld",
     "Afsluiten / Afspraken", "Uitgebreide notulen"],
)
def test_procedural_items_are_boilerplate(label: str):
    assert is_boilerplate(label)


@pytest.mark.parametrize("label", ["Stand van zaken FSC", "Jaarrekening 2019", "Opening website"])
def test_subjects_are_not_boilerplate(label: str):
    assert not is_boilerplate(label)


def test_headings_are_items_without_procedure_and_title():
    t = _doc(
        ("heading", "Verslag werkgroep"),
        ("text", "Datum en plaats van het overleg van vandaag in Utrecht."),
        ("text", "Wat er verder nog te zeggen valt over de dag zelf."),
        ("heading", "1. Opening"),
        ("text", "De voorzitter opent de vergadering en heet iedereen welkom hier."),
        ("heading", "2. Stand van zaken OIN-stelsel"),
        ("text", "Het OIN-stelsel wordt herzien door de beheerder van het stelsel."),
        ("heading", "3. Rondvraag"),
        ("text", "Er zijn geen vragen meer van de deelnemers aan het overleg."),
    )
    items = agenda_items(t)
    assert [(a.number, a.title, a.line) for a in items] == [
        ("2", "Stand van zaken OIN-stelsel", 6)
    ]


def test_list_items_under_agenda_heading():
    t = _doc(
        ("heading", "Notulen ALV"),
        ("heading", "Agenda"),
        ("list_item", "Opening"),
        ("list_item", "Jaarrekening 2019"),
        ("list_item", "Evaluatie van ons W3C-lidmaatschap"),
        ("list_item", "Rondvraag"),
        ("heading", "De vergadering"),
        ("list_item", "Anneke opent de vergadering en neemt de agenda door met iedereen."),
    )
    assert _titles(t) == ["Jaarrekening 2019", "Evaluatie van ons W3C-lidmaatschap"]


def test_list_items_after_a_line_ending_in_agenda():
    t = _doc(
        ("heading", "Algemene Ledenvergadering"),
        ("text", "Anneke opent de vergadering. Op de agenda:"),
        ("list_item", "Vaststelling agenda"),
        ("list_item", "Begroting 2024"),
        ("text", "Wim licht de begroting voor 2024 toe en beantwoordt de vragen daarover."),
    )
    assert _titles(t) == ["Begroting 2024"]


def test_agenda_list_item_gives_way_to_its_heading():
    t = _doc(
        ("heading", "Verslag"),
        ("heading", "Agenda"),
        ("list_item", "Bespreken welke rules we toevoegen uit de extensies"),
        ("list_item", "Planning van de release"),
        ("heading", "1. Welke rules we toevoegen uit de extensies"),
        ("text", "We bespreken de rules een voor een en kiezen er drie uit de lijst."),
        ("text", "Daarna volgt nog een korte discussie over de volgorde ervan."),
        ("heading", "2. Planning van de release"),
        ("text", "De release is gepland voor het einde van het jaar, zo is afgesproken."),
    )
    items = agenda_items(t)
    assert [(a.number, a.line) for a in items] == [("1", 5), ("2", 8)]


def test_numbered_paragraphs_form_a_rising_sequence():
    t = _doc(
        ("text", "Verslag van het technisch overleg."),
        ("text", "1. Opening & mededelingen (vz)"),
        ("text", "Welkom aan iedereen die vandaag is aangeschoven bij het overleg."),
        ("text", "2. Projectboard pullrequests (Martin, Stas)"),
        ("text", "De pull requests worden een voor een doorgenomen en besproken."),
        ("text", "7 personen waren aanwezig bij de vergadering van vandaag."),
        ("text", "3. Rondvraag"),
    )
    assert _titles(t) == ["Projectboard pullrequests"]


def test_stacked_short_headings_of_a_pdf_are_not_structure():
    rows = [("heading", w) for w in ("Logius", "Contactpersoon", "Jan Jansen", "T 06 1234")]
    rows += [("heading", "Kenmerk"), ("heading", "Leden Departement"), ("text", "Tekst hier.")]
    assert _titles(_doc(*rows)) == []


def test_title_lines_of_word_minutes_without_heading_styles():
    t = _doc(
        ("text", "Verslag"),
        ("text", "Stuurgroep kennisplatform"),
        ("text", "Opening en mededelingen"),
        ("text", "Henry is telefonisch aanwezig, Han is iets later bij het overleg."),
        ("text", "Vaststellen standaarden"),
        ("text", "Van de API strategie hebben we snapshots gemaakt en gepubliceerd."),
    )
    assert _titles(t) == ["Vaststellen standaarden"]


def test_segments_without_structure_give_no_items():
    seg = Segment("Gewoon een lange alinea zonder koppen of nummers erin.", ((0, 1),))
    assert agenda_items(Transcript([seg], "report")) == []


def _listed(*rows: tuple[str, str, str | None]) -> Transcript:
    segs = [
        dataclasses.replace(single_line(text, n + 1, kind=kind), marker=marker)
        for n, (kind, text, marker) in enumerate(rows)
    ]
    return Transcript(segs, "markdown")


def test_ordered_list_is_the_agenda_under_a_procedural_heading():
    t = _listed(
        ("heading", "De vergadering", None),
        ("list_item", "Anneke opent de vergadering en neemt de agenda door.", "1."),
        ("list_item", "De jaarrekening van 2019 wordt doorgenomen", "2."),
        ("list_item", "Evaluatie van het W3C-lidmaatschap", "3."),
    )
    assert _titles(t) == ["Jaarrekening van 2019", "Evaluatie van het W3C-lidmaatschap"]


def test_ordered_list_within_a_subject_is_no_agenda():
    t = _listed(
        ("heading", "Notulen bestuursvergadering", None),
        ("text", "Aanwezig: het voltallige bestuur en twee leden van de congrescommissie.", None),
        ("heading", "Congres", None),
        ("list_item", "Datum in oktober", "1."),
        ("list_item", "Locatie in Amsterdam", "2."),
        ("heading", "Financiën", None),
        ("text", "De begroting is besproken en goedgekeurd door het bestuur.", None),
    )
    assert _titles(t) == ["Congres", "Financiën"]


def test_an_address_or_a_legend_is_no_item():
    t = _doc(
        ("heading", "Verslag werkgroep"),
        ("text", "Datum en plaats van het overleg van vandaag in Utrecht."),
        ("heading", "Stand van zaken OIN-stelsel"),
        ("text", "Het OIN-stelsel wordt herzien door de beheerder van het stelsel."),
        ("heading", "jan.jansen@logius.nl"),
        ("text", "Vragen over het verslag kunnen naar dit adres worden gestuurd."),
        ("heading", "O=open/G=afgesloten"),
        ("text", "De acties staan hieronder met hun status van vandaag."),
    )
    assert _titles(t) == ["Stand van zaken OIN-stelsel"]


@pytest.mark.parametrize(
    "label",
    ["Notulen vorige keer", "Verslag vorige bijeenkomst van 26 januari 2021",
     "Notulen vorige vergaderingen"],
)
def test_the_previous_meetings_minutes_are_boilerplate(label: str):
    assert is_boilerplate(label)
