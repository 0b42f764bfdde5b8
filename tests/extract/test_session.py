"""Session metadata (title, date, location) and agenda items from the document model."""

from __future__ import annotations

from sessietool.extract.context import SessionDoc
from sessietool.extract.dates import session_date
from sessietool.extract.session import agenda, session_info
from sessietool.language import load_language_data
from sessietool.nlp.features import Features
from sessietool.readers import read_transcript


def _session(text: str, name: str = "x.md") -> SessionDoc:
    transcript = read_transcript(name, data=text.encode())
    return SessionDoc(Features(), transcript, load_language_data(), path=name, text=transcript.text)


MINUTES = (
    "Logius\n\nVerslag Technisch Overleg Digikoppeling\n\nWoensdag 6 maart 2024, online\n\n"
    "## 1. Opening\n\nWelkom. De vorige keer, op 7 december, spraken we af te beginnen.\n\n"
    "## 2. Actielijst\n\n| Actie | Wie | Datum |\n|---|---|---|\n| Stuk delen | Jan | 1-5-2025 |\n"
)


def test_title_names_the_meeting_not_the_letterhead() -> None:
    session = _session(MINUTES, "2023-01-01-verslag.md")
    info = session_info(session, session_date(session))
    assert info.title == "Verslag Technisch Overleg Digikoppeling"
    assert info.date == "2024-03-06"  # the head's date, not the file name's nor the action list's
    assert info.location == "online"


def test_agenda_items_with_numbers_and_line_ranges() -> None:
    items = agenda(_session(MINUTES))
    assert [(i.number, i.title, i.lines) for i in items] == [
        ("1", "Opening", [7, 10]),
        ("2", "Actielijst", [11, 15]),
    ]


def test_meeting_date_field_wins_and_yearless_dates_resolve_near_it() -> None:
    from sessietool.extract.dates import dates

    text = (
        "# Notulen werkgroep\n\nVergaderdatum: 9 januari 2019\n\nZoals op 20 december besproken.\n"
    )
    session = _session(text)
    date = session_date(session)
    assert date == "2019-01-09"
    assert ("2018-12-20", "20 december") in [(d.date, d.text) for d in dates(session, date)]


def test_file_name_is_the_last_resort_for_the_title() -> None:
    session = _session(
        "Wij bespraken de begroting uitgebreid en namen een besluit.\n", "bestuur-x.txt"
    )
    assert session_info(session, None).title == "Bestuur x"


def test_markdown_table_only_is_read() -> None:
    transcript = read_transcript("t.md", data=b"| Naam | Rol |\n|---|---|\n| Jan | voorzitter |\n")
    assert [(s.cells, s.header) for s in transcript.segments] == [
        (("Jan", "voorzitter"), ("Naam", "Rol"))
    ]


def test_title_from_the_opening_sentence_of_agenda_and_minutes() -> None:
    text = (
        "# Agenda en Verslag\n\nAgenda en Verslag van de Werkgroep API Regels (dit omvat ook het"
        " TO) 9 mei 2023 - Online overleg.\n\n## Deelnemers\n\n- Jan Jansen (Kadaster)\n"
    )
    assert session_info(_session(text, "a-2023-05-09.md"), None).title == "Werkgroep API Regels"


def test_opening_sentence_without_a_name_is_no_title() -> None:
    text = "# Werkgroep Beleid\n\nVerslag van de virtuele bijeenkomst van 16 juni 2020\n"
    assert session_info(_session(text), None).title == "Werkgroep Beleid"


def test_title_from_the_subject_row_of_the_head_table() -> None:
    text = (
        "| Betreft | **Agenda & Verslag van de Architectuur Groep (TAG) inzake X.** |\n|---|---|\n"
        "| Vergaderdatum | 13 april 2023 |\n\n# Verslag per agendapunt\n\n## 1. Welkom\n\nTekst.\n"
    )
    assert session_info(_session(text), None).title == "Architectuur Groep (TAG) inzake X"
    row = "| | |\n|---|---|\n| Betreft | Verslag Technisch Overleg Y |\n\n## 1. Opening\n\nTekst.\n"
    assert session_info(_session(row), None).title == "Verslag Technisch Overleg Y"


def test_file_name_date_mends_a_copied_year_or_swapped_day_and_month() -> None:
    text = "# Verslag Werkgroep X\n\nDatum: 25-6-2026\n\nTekst.\n"
    assert session_date(_session(text, "wg-x-2025-06-25.md")) == "2025-06-25"
    swapped = text.replace("25-6-2026", "07-02-2019")
    assert session_date(_session(swapped, "wg-2019-02-07.md")) == "2019-02-07"
    assert session_date(_session(text, "wg-x-2025-06-24.md")) == "2026-06-25"  # another day


def _title(text: str, name: str = "x.txt") -> str | None:
    session = _session(text, name)
    return session_info(session, session_date(session)).title


def test_a_running_header_gives_the_body_not_the_document_kind_and_date() -> None:
    text = (
        "Kennisplatform API's - Werkgroep Architectuur Verslag Overleg 24-4-2020 - Concept\n\n"
        "1 Kennismaking\n\nDe deelnemers stellen zich voor en bespreken de planning.\n"
    )
    assert _title(text) == "Kennisplatform API's - Werkgroep Architectuur"


def test_a_letterhead_before_the_name_of_the_meeting() -> None:
    text = (
        "Logius\n\nStuurgroep Standaarden Verslag bijeenkomst 3 maart 2024\n\n"
        "1. Opening\n\nDe voorzitter opent de vergadering.\n"
    )
    assert _title(text) == "Stuurgroep Standaarden"


def test_a_sentence_about_the_minutes_is_no_title() -> None:
    text = (
        "De werkgroep bespreekt het verslag van 3 maart en stelt het vast.\n\n"
        "Verder is er niets besproken in deze bijeenkomst van de werkgroep.\n"
    )
    assert _title(text, "2024-03-03-werkgroep.txt") == "Werkgroep"  # the file name, less its date


def test_a_bullet_point_naming_a_meeting_is_no_title() -> None:
    text = (
        "Werkgroep Architectuur\n\n"
        "\u2022 Uitwerken API thema - Volgende bijeenkomst komt dit terug\n\n"
        "De werkgroep spreekt af het thema uit te werken.\n"
    )
    assert _title(text) == "Werkgroep Architectuur"
    assert _title("\u2022 Volgende bijeenkomst komt dit terug\n\nTekst.\n", "a-b.txt") == "A b"


def test_a_leading_date_and_a_trailing_place_are_not_the_title() -> None:
    text = (
        "24 03 2019 Kort verslag bijeenkomst werkgroep API Architectuur, BKWI Utrecht.\n\n"
        "Welkom aan de nieuwe deelnemers. De werkgroep bespreekt de scope.\n"
    )
    assert _title(text) == "Kort verslag bijeenkomst werkgroep API Architectuur"


def test_an_opening_heading_taken_for_an_agenda_item_still_names_the_meeting() -> None:
    text = (
        "## Resultaten uit de sessie API Strategie en Beleid van 4 maart 2020\n\n"
        "Vorig jaar verscheen de strategie.\n\n## Welk doel heeft een strategie?\n\nTekst.\n\n"
        "## Waar bestaat een strategie uit?\n\nTekst.\n"
    )
    assert _title(text, "wg-strategie.md") == "Sessie API Strategie en Beleid"


def test_a_meeting_the_text_names_with_a_word_of_the_file_name() -> None:
    text = (
        "| | |\n|---|---|\n| Vergaderdatum | 23 september 2021 |\n\n## 1. Opening\n\n"
        "Jan opent de vergadering. Het is zijn laatste TO Digikoppeling. Het TO stemt in.\n"
    )
    assert _title(text, "logius-digikoppeling-2021-09-23.md") == "TO Digikoppeling"
    # a meeting named in the text that the file name does not corroborate is not taken
    assert _title(text, "logius-fsc-2021-09-23.md") == "Logius fsc"
    table = (
        "## 1. Acties\n\n| Actie | Wie |\n|---|---|\n| Profiel delen | Logius + FSC werkgroep |\n"
    )
    assert _title(table, "logius-fsc-2025-05-28.md") == "FSC werkgroep"


def test_the_file_name_title_leaves_out_the_date() -> None:
    from sessietool.extract.session import file_title

    assert file_title("geonovum-wg-architectuur-2019-03-12") == "Geonovum wg architectuur"
    assert file_title("notulen_12-02-2013_bestuur") == "Notulen bestuur"
    assert file_title("01-06-2010") == "01 06 2010"  # only a date: kept


def test_a_heading_inside_an_agenda_item_is_no_title() -> None:
    text = (
        "## 1. Mededelingen\n\nGeen.\n\n## 2. Onderwerpen\n\n"
        "De werkgroep bespreekt twee punten.\n\n"
        "### Roadmap voor de standaard vaststellen\n\nDe roadmap wordt besproken.\n"
    )
    assert _title(text, "logius-std-2025-09-16.md") == "Logius std"
