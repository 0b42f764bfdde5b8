"""Attendance tables read through their column headers, from synthetic Word documents in the
layouts Dutch bodies use (``Naam | Organisatie | Functie``, ``Deelnemer | Namens``, presence
marks), and the same tables as Markdown."""

from __future__ import annotations

import io

import docx
import pytest

from sessietool.extract.attendance import attendees
from sessietool.language import load_language_data
from sessietool.readers import read_transcript


@pytest.fixture(scope="module")
def lang():
    return load_language_data()


def _docx(rows: list[list[str]], before: str | None = None, title: bool = True) -> bytes:
    document = docx.Document()
    if title:
        document.add_heading("Verslag overleg basisregistraties", 1)
    if before:
        document.add_paragraph(before)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.add_heading("1. Opening", 2)
    document.add_paragraph("De voorzitter opent de vergadering.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _found(data: bytes, lang, name: str = "verslag.docx") -> list[tuple[str, str | None, bool]]:
    transcript = read_transcript(name, data=data)
    return [(a.text, a.role, a.absent) for a in attendees(transcript.segments, lang)]


def test_name_organisation_function_columns(lang):
    rows = [
        ["Naam", "Organisatie", "Functie"],
        ["Anna Bakker", "Kadaster", "voorzitter"],
        ["Kees Smit", "RDW", "adviseur"],
    ]
    assert _found(_docx(rows, before="Aanwezig:"), lang) == [
        ("Anna Bakker (Kadaster)", "voorzitter", False),
        ("Kees Smit (RDW)", "adviseur", False),
    ]


def test_people_table_at_the_top_without_a_label_is_the_attendance(lang):
    rows = [["Deelnemer", "Namens"], ["Anna Bakker", "Kadaster"], ["Kees Smit", "gemeente Breda"]]
    assert _found(_docx(rows), lang) == [
        ("Anna Bakker (Kadaster)", None, False),
        ("Kees Smit (gemeente Breda)", None, False),
    ]


def test_names_under_an_attendance_header(lang):
    rows = [["Aanwezig", "Organisatie"], ["Anna Bakker", "Kadaster"], ["Kees Smit", "RDW"]]
    assert _found(_docx(rows), lang) == [
        ("Anna Bakker (Kadaster)", None, False),
        ("Kees Smit (RDW)", None, False),
    ]
    rows = [["Afwezig", "Organisatie"], ["Piet de Vries", "UWV"]]
    assert _found(_docx(rows), lang) == [("Piet de Vries (UWV)", None, True)]


@pytest.mark.parametrize(("yes", "no"), [("x", ""), ("ja", "nee"), ("✓", "-")])
def test_presence_marks(lang, yes, no):
    rows = [
        ["Naam", "Organisatie", "Aanwezig"],
        ["Anna Bakker", "Kadaster", yes],
        ["Piet de Vries", "UWV", no],
    ]
    assert _found(_docx(rows), lang) == [
        ("Anna Bakker (Kadaster)", None, False),
        ("Piet de Vries (UWV)", None, True),
    ]


def test_present_and_absent_mark_columns_and_roles_in_the_name(lang):
    rows = [
        ["Naam", "Aanwezig", "Afwezig"],
        ["Anna Bakker (vz)", "x", ""],
        ["Piet de Vries", "", "x"],
    ]
    assert _found(_docx(rows), lang) == [
        ("Anna Bakker (vz)", None, False),
        ("Piet de Vries", None, True),
    ]


def test_people_table_under_an_agenda_item_is_no_attendance(lang):
    document = docx.Document()
    document.add_heading("Verslag", 1)
    document.add_heading("3. Nieuwe leden", 2)
    table = document.add_table(rows=2, cols=2)
    for c, value in enumerate(["Naam", "Organisatie"]):
        table.cell(0, c).text = value
    for c, value in enumerate(["Anna Bakker", "Kadaster"]):
        table.cell(1, c).text = value
    out = io.BytesIO()
    document.save(out)
    assert _found(out.getvalue(), lang) == []


def test_markdown_table_with_columns(lang):
    text = (
        "# Verslag\n\n| Naam | Organisatie | Rol |\n|---|---|---|\n"
        "| Anna Bakker | Kadaster | voorzitter |\n| Kees Smit | RDW | |\n\n## 1. Opening\n"
    )
    found = _found(text.encode(), lang, "verslag.md")
    assert found == [
        ("Anna Bakker (Kadaster)", "voorzitter", False),
        ("Kees Smit (RDW)", None, False),
    ]


def test_surname_and_first_name_columns(lang):
    rows = [["Achternaam", "Voornaam", "Organisatie"], ["De Boer", "Karl", "enable-u"]]
    assert _found(_docx(rows, before="Aanwezig"), lang) == [
        ("Karl de Boer (Enable-u)", None, False)
    ]


def test_remark_column_gives_a_role_only_when_it_names_one(lang):
    rows = [
        ["Naam", "Organisatie", "Opmerking"],
        ["Anna Bakker", "Kadaster", "vandaag voorzitter"],
        ["Kees Smit", "RDW", "Aanwezig tot 11u"],
    ]
    assert _found(_docx(rows), lang) == [
        ("Anna Bakker (Kadaster)", "vandaag voorzitter", False),
        ("Kees Smit (RDW)", None, False),
    ]


def _cell_docx(rows: list[list[str]], before: str | None = None) -> bytes:
    """A table whose cells hold several paragraphs ("\\n" in a value)."""
    document = docx.Document()
    document.add_heading("Verslag overleg", 1)
    if before:
        document.add_paragraph(before)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            first, *more = value.split("\n")
            table.cell(r, c).text = first
            for line in more:
                table.cell(r, c).add_paragraph(line)
    document.add_heading("1. Opening", 2)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_present_and_absent_columns_of_name_lists(lang):
    rows = [["Aanwezig", "Afwezig"], ["Anna Bakker (Kadaster)\nKees Smit (RDW)", "Jan Jansen"]]
    assert _found(_cell_docx(rows), lang) == [
        ("Anna Bakker (Kadaster)", None, False),
        ("Kees Smit (RDW)", None, False),
        ("Jan Jansen", None, True),
    ]


def test_a_grid_of_people_one_a_cell(lang):
    rows = [["Anna Bakker\nKadaster", "Kees Smit\nRDW"], ["Jan Jansen\nGemeente Utrecht", ""]]
    assert _found(_cell_docx(rows, before="Aanwezig:"), lang) == [
        ("Anna Bakker (Kadaster)", None, False),
        ("Kees Smit (RDW)", None, False),
        ("Jan Jansen (Gemeente Utrecht)", None, False),
    ]


def test_tab_separated_lines_under_a_tab_separated_header(lang):
    from sessietool.transcript import Segment

    def seg(text: str, kind: str = "text") -> Segment:
        return Segment(text=text, line_map=((0, 1),), kind=kind)

    segs = [
        seg("Verslag", "heading"),
        seg("Aanwezig:"),
        seg("Naam\tOrganisatie\tFunctie"),
        seg("Anna Bakker\tKadaster\tvoorzitter"),
        seg("Piet de Vries\tUWV"),
        seg("1. Opening", "heading"),
        seg("2. Nieuwe projecten", "heading"),
        seg("Naam\tOrganisatie"),
        seg("Jan Jansen\tLogius"),
    ]
    assert [(a.text, a.role) for a in attendees(segs, lang)] == [
        ("Anna Bakker (Kadaster)", "voorzitter"),
        ("Piet de Vries (UWV)", None),
    ]


def _label_docx(rows: list[tuple[str, list[str]]]) -> bytes:
    """A header-less two-column table: a label, then a cell of names one a paragraph."""
    document = docx.Document()
    document.add_heading("Verslag commissie Welzijn", 1)
    table = document.add_table(rows=len(rows), cols=2)
    for r, (label, names) in enumerate(rows):
        table.cell(r, 0).text = label
        cell = table.cell(r, 1)
        cell.text = names[0]
        for name in names[1:]:
            cell.add_paragraph(name)
    document.add_heading("1. Opening", 2)
    document.add_paragraph("De voorzitter opent de vergadering.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_label_cells_beside_cells_of_names_one_a_paragraph(lang):
    rows = [
        ("Voorzitter:", ["dhr. P. Wolters"]),
        ("Aanwezig:", ["mw. drs. E. Claassen (PvdA)", "dhr. T. de Graaf (CDA)"]),
        ("Met kennisgeving afwezig:", ["mw. R. Postma (VVD)"]),
        ("Griffier:", ["mw. I. Bos"]),
    ]
    assert _found(_label_docx(rows), lang) == [
        ("dhr. P. Wolters", "voorzitter", False),
        ("mw. drs. E. Claassen (PvdA)", None, False),
        ("dhr. T. de Graaf (CDA)", None, False),
        ("mw. R. Postma (VVD)", None, True),
        ("mw. I. Bos", "griffier", False),
    ]


def test_titles_before_a_name_in_a_name_column(lang):
    rows = [
        ["Naam", "Functie"],
        ["ir. Joost Evers", "Voorzitter OR"],
        ["drs. Lies Maas", "bestuurder"],
    ]
    assert _found(_docx(rows, before="Aanwezig:"), lang) == [
        ("ir. Joost Evers", "voorzitter OR", False),
        ("drs. Lies Maas", "bestuurder", False),
    ]


def test_a_party_column_is_the_organisation(lang):
    rows = [["Naam", "Fractie"], ["mevrouw J. Hulst", "BBB"], ["de heer K. Aydin", "D66"]]
    assert _found(_docx(rows, before="Aanwezig:"), lang) == [
        ("mevrouw J. Hulst (BBB)", None, False),
        ("de heer K. Aydin (D66)", None, False),
    ]
