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
    assert _title(text, "2024-03-03-werkgroep.txt") == "2024 03 03 werkgroep"


def test_a_bullet_point_naming_a_meeting_is_no_title() -> None:
    text = (
        "Werkgroep Architectuur\n\n"
        "\u2022 Uitwerken API thema - Volgende bijeenkomst komt dit terug\n\n"
        "De werkgroep spreekt af het thema uit te werken.\n"
    )
    assert _title(text) == "Werkgroep Architectuur"
    assert _title("\u2022 Volgende bijeenkomst komt dit terug\n\nTekst.\n", "a-b.txt") == "A b"
