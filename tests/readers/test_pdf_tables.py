"""PDF tables: rows and cells from where pypdf's fragments sit, like DOCX and Markdown tables."""

from __future__ import annotations

from sessietool.readers import read_transcript

from .readers_helpers import build_placed_pdf

CLOSING = "De vergadering wordt om twaalf uur gesloten door de voorzitter van het overleg."
# cells in the order a word processor writes them: cell by cell, a cell's lines together
ACTION_PAGE = [
    (72, 740, "Actielijst"),
    (72, 700, "Nr"),
    (130, 700, "Actie"),
    (330, 700, "Wie"),
    (440, 700, "Status"),
    (72, 686, "2024/01"),
    (130, 686, "Notitie schrijven over de toe-"),
    (130, 674, "komst van het overleg."),
    (330, 686, "Jan Jansen"),
    (440, 686, "Open"),
    (72, 656, "2024/02"),
    (130, 656, "Agenda opstellen"),
    (330, 656, "Piet"),
    (330, 644, "Pietersen"),
    (440, 656, "Gesloten"),
    (72, 600, CLOSING),
]
BORDERS = [(70, y, 420, 0.5) for y in (711, 697, 665, 635)]
MEMBERS_PAGE = [
    (72, 760, "Verslag van het overleg"),
    (72, 730, "Leden"),
    (190, 730, "Organisatie"),
    (310, 730, "Leden"),
    (430, 730, "Organisatie"),
    (72, 716, "Jan Jansen"),
    (190, 716, "Logius"),
    (310, 716, "Piet Pietersen"),
    (430, 716, "BZK"),
    (72, 702, "Kees de Vries"),
    (190, 702, "Kadaster"),
    (310, 702, "Anna Bos"),
    (430, 702, "VNG"),
    (72, 660, CLOSING),
]


def _rows(pages, boxes=None):
    transcript = read_transcript("verslag.pdf", data=build_placed_pdf(pages, boxes))
    return transcript, [s for s in transcript.segments if s.is_table_row]


def test_action_table_rows_split_at_the_borders() -> None:
    transcript, rows = _rows([ACTION_PAGE], [BORDERS])
    assert [r.cells for r in rows] == [
        ("2024/01", "Notitie schrijven over de toekomst van het overleg.", "Jan Jansen", "Open"),
        ("2024/02", "Agenda opstellen", "Piet Pietersen", "Gesloten"),
    ]
    assert {r.header for r in rows} == {("Nr", "Actie", "Wie", "Status")}
    assert {r.table for r in rows} == {0} and {r.page for r in rows} == {1}
    assert (
        rows[0].text == "2024/01 | Notitie schrijven over de toekomst van het overleg. | "
        "Jan Jansen | Open"
    )
    assert rows[0].cell("wie") == "Jan Jansen"


def test_table_text_is_not_also_running_text() -> None:
    transcript, rows = _rows([ACTION_PAGE], [BORDERS])
    others = [s.text for s in transcript.segments if not s.is_table_row]
    assert others == ["Actielijst", CLOSING]
    assert [s.line for s in transcript.segments] == sorted(s.line for s in transcript.segments)
    assert rows[0].line > transcript.segments[0].line


def test_rows_without_borders_start_at_the_first_column() -> None:
    _, rows = _rows([ACTION_PAGE])
    assert [r.cells[0] for r in rows] == ["2024/01", "2024/02"]
    assert rows[1].cells[2] == "Piet Pietersen"


def test_two_column_member_table() -> None:
    _, rows = _rows([MEMBERS_PAGE])
    assert [r.cells for r in rows] == [
        ("Jan Jansen", "Logius", "Piet Pietersen", "BZK"),
        ("Kees de Vries", "Kadaster", "Anna Bos", "VNG"),
    ]
    assert rows[0].header == ("Leden", "Organisatie", "Leden", "Organisatie")


def test_running_text_and_bullets_are_no_table() -> None:
    page = [
        (72, 760, "Mededelingen"),
        (72, 740, "\u2022"),
        (90, 740, "De website is vernieuwd en staat sinds maandag online."),
        (72, 726, "\u2022"),
        (90, 726, "Er komt een nieuwe secretaris voor de werkgroep."),
        (72, 712, "\u2022"),
        (90, 712, "De volgende vergadering is in september in Utrecht."),
        (72, 690, "Verder wordt besproken hoe de werkgroep de standaard onderhoudt."),
    ]
    transcript, rows = _rows([page])
    assert rows == []
    assert any("nieuwe secretaris" in s.text for s in transcript.segments)


def test_a_table_per_page() -> None:
    _, rows = _rows([MEMBERS_PAGE, ACTION_PAGE], [[], BORDERS])
    assert [(r.table, r.page) for r in rows] == [(0, 1), (0, 1), (1, 2), (1, 2)]


def test_a_table_going_on_over_a_page_keeps_its_header_and_index() -> None:
    next_page = [
        (130, 753, "vergadering."),  # the last line of the row before the page break
        (72, 740, "2024/03"),
        (130, 740, "Verslag rondsturen"),
        (330, 740, "Anna Bos"),
        (440, 740, "Open"),
        (72, 726, "2024/04"),
        (130, 726, "Zaal reserveren"),
        (330, 726, "Kees"),
        (440, 726, "Open"),
    ]
    first_page = [item for item in ACTION_PAGE if item[2] != CLOSING]
    first_page[-5:] = [
        (72, 656, "2024/02"),
        (130, 656, "Agenda opstellen voor de"),
        (330, 656, "Piet"),
        (440, 656, "Gesloten"),
    ]
    next_borders = [(70, y, 420, 0.5) for y in (765, 750, 735, 720)]
    _, rows = _rows([first_page, next_page], [BORDERS, next_borders])
    assert [r.cells[1] for r in rows] == [
        "Notitie schrijven over de toekomst van het overleg.",
        "Agenda opstellen voor de vergadering.",
        "Verslag rondsturen",
        "Zaal reserveren",
    ]
    assert {(r.table, r.header) for r in rows} == {(0, ("Nr", "Actie", "Wie", "Status"))}


def test_a_code_glued_to_the_cell_before_goes_back_to_its_column() -> None:
    """One fragment "Frank Terpstra G" over the Naam and O/G cells: the code is split off."""
    page = [
        (72, 740, "Actielijst"),
        (72, 700, "Nr"),
        (130, 700, "Actie"),
        (330, 700, "Naam"),
        (440, 700, "O/G"),
        (72, 686, "2024/01"),
        (130, 686, "Notitie schrijven"),
        (330, 686, "Jan Jansen"),
        (440, 686, "O"),
        (72, 672, "2024/02"),
        (130, 672, "Agenda opstellen"),
        (330, 672, "Frank Terpstra G"),
        (72, 658, "2024/03"),
        (130, 658, "Voorstel delen"),
        (330, 658, "Piet Pietersen"),
        (440, 658, "G"),
        (72, 600, CLOSING),
    ]
    _, rows = _rows([page], [[(70, y, 420, 0.5) for y in (711, 697, 683, 669, 655)]])
    assert [r.cells for r in rows] == [
        ("2024/01", "Notitie schrijven", "Jan Jansen", "O"),
        ("2024/02", "Agenda opstellen", "Frank Terpstra", "G"),
        ("2024/03", "Voorstel delen", "Piet Pietersen", "G"),
    ]


def test_a_run_with_a_stale_position_goes_to_the_missing_cell() -> None:
    """pypdf gives `` Henri Korver`` (one TJ with "Kadaster", after a kerning gap) the position
    where "Kadaster" ended: the run fills the row's one missing cell, not the cell before."""
    from sessietool.readers.pdf_layout import Fragment, PageLayout
    from sessietool.readers.pdf_tables import find_tables

    placed = [
        [(166, "Leden"), (268, "Departement"), (362, "Leden"), (455, "Departement")],
        [(166, "Pieter Dijkstra"), (268, "Kadaster"), (362, "Eelco Hotting"), (455, "VNG")],
        [(166, "Hein Baan"), (268, "Kadaster"), (303, " Henri Korver "), (455, "VNG")],
        [(166, "Eric Brouwer"), (268, "ICTU"), (362, "Frank Samwel"), (455, "Ordina")],
        [(166, "Johan Raddar"), (268, "Centric"), (362, "Joost Farla"), (455, "Geonovum")],
    ]
    fragments: list[Fragment] = []
    for line, row in enumerate(placed):
        y = 700 - 14 * line
        for x, text in row:
            fragments.append(Fragment(text, x, y, 8.0, len(fragments), line, line))
            fragments.append(Fragment(" ", x, y, 8.0, len(fragments), -1, -1))  # pypdf's gap
        fragments.append(Fragment("\n", 0, 0, 1.0, len(fragments), -1, -1))
    (table,) = find_tables(PageLayout(fragments, []))
    assert table.header == ("Leden", "Departement", "Leden", "Departement")
    assert table.rows[1] == ("Hein Baan", "Kadaster", "Henri Korver", "VNG")
    assert table.rows[0] == ("Pieter Dijkstra", "Kadaster", "Eelco Hotting", "VNG")


def test_attendance_table_with_presence_marks_keeps_its_header_and_empty_cells() -> None:
    from sessietool.extract.attendance import attendees
    from sessietool.language import load_language_data

    rows = [
        ("Naam", "Organisatie", "Aanwezig"),
        ("Anna Bakker", "Kadaster", "x"),
        ("Piet de Vries", "UWV", ""),
        ("Jan Jansen", "Logius", "x"),
    ]
    items = [(72.0, 780.0, "Verslag overleg basisregistraties")]
    for k, cells in enumerate(rows):
        items += [(x, 740.0 - 20 * k, v) for x, v in zip((72, 250, 400), cells, strict=True) if v]
    items += [(72.0, 620.0, "1. Opening"), (72.0, 600.0, CLOSING)]
    transcript = read_transcript("v.pdf", data=build_placed_pdf([items]))
    table = [s for s in transcript.segments if s.is_table_row]
    assert table[0].header == ("Naam", "Organisatie", "Aanwezig")
    assert [s.cells for s in table][1] == ("Piet de Vries", "UWV", "")
    found = attendees(transcript.segments, load_language_data())
    assert [(a.text, a.absent) for a in found] == [
        ("Anna Bakker (Kadaster)", False),
        ("Piet de Vries (UWV)", True),
        ("Jan Jansen (Logius)", False),
    ]
