"""sessietool.readers.docx: Teams layout, plain report, numbering and styles, truncated files."""

from __future__ import annotations

import io

import docx
import pytest

from sessietool.errors import MalformedInput
from sessietool.readers import read_transcript


def _docx_bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def teams_docx() -> bytes:
    document = docx.Document()
    for text in [
        "Verdiepingssessie Samen Opleiden",
        "October 6, 2020, 2:03PM",
        "45m 3s",
        "Anko van Hoepen   0:03",
        "Ik maak me zorgen over de versnippering van het geld.",
        "De overheid moet scherp zijn.",
        "Ren\u00e9e Boereboom   1:02:05",
        "Dat is een goed punt.",
        "Anko van Hoepen   1:03:10",
        "Dank je.",
    ]:
        document.add_paragraph(text)
    return _docx_bytes(document)


def test_teams_docx(teams_docx: bytes) -> None:
    transcript = read_transcript("meeting.docx", data=teams_docx)
    assert transcript.format == "docx"
    assert transcript.encoding is None
    assert transcript.title == "Verdiepingssessie Samen Opleiden"
    assert transcript.date == "2020-10-06"
    assert transcript.metadata["duration"] == "45m 3s"
    got = [(s.speaker, s.start, s.kind, s.line) for s in transcript.segments]
    assert got == [
        ("Anko van Hoepen", 3.0, "turn", 5),
        ("Renée Boereboom", 3725.0, "turn", 8),
        ("Anko van Hoepen", 3790.0, "turn", 10),
    ]
    first = transcript.segments[0]
    assert first.text == (
        "Ik maak me zorgen over de versnippering van het geld.\nDe overheid moet scherp zijn."
    )
    assert first.line_at(first.text.index("De overheid")) == 6


def test_teams_docx_detected_without_extension(teams_docx: bytes) -> None:
    assert read_transcript("-", data=teams_docx).format == "docx"


def test_plain_docx_report() -> None:
    document = docx.Document()
    document.add_heading("Verslag sectorraad", 0)
    document.add_paragraph("")
    document.add_heading("Inleiding", 1)
    document.add_paragraph("De sectorraad bespreekt de zij-instroom met OCW.")
    document.add_paragraph("Actiepunt voor Jan", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Naam", "Organisatie"
    table.cell(1, 0).text, table.cell(1, 1).text = "Jan", "PO-Raad"
    transcript = read_transcript("verslag.docx", data=_docx_bytes(document))
    assert transcript.title == "Verslag sectorraad"
    assert transcript.date is None
    got = [(s.kind, s.text, s.line) for s in transcript.segments]
    assert got == [
        ("heading", "Verslag sectorraad", 1),
        ("heading", "Inleiding", 3),
        ("text", "De sectorraad bespreekt de zij-instroom met OCW.", 4),
        ("list_item", "Actiepunt voor Jan", 5),
        ("list_item", "Jan | PO-Raad", 7),
    ]
    heading, item, row = transcript.segments[1], transcript.segments[3], transcript.segments[4]
    assert (heading.level, item.level, item.marker) == (1, 1, "-")
    assert (row.cells, row.header, row.table) == (("Jan", "PO-Raad"), ("Naam", "Organisatie"), 0)


def test_docx_numbering_custom_styles_and_header_fields() -> None:
    document = docx.Document()
    document.styles.add_style("Agendapunt", 1)  # WD_STYLE_TYPE.PARAGRAPH
    document.add_paragraph("Opening", style="Agendapunt")
    document.add_paragraph("Eerste", style="List Number")
    document.add_paragraph("Tweede", style="List Number")
    document.sections[0].header.paragraphs[0].text = "Vergaderdatum: 6 maart 2024"
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Blad 1 van 2", "Locatie: Utrecht"
    table.cell(1, 0).text = "Jan"
    transcript = read_transcript("v.docx", data=_docx_bytes(document))
    agenda, first, second = transcript.segments[:3]
    assert (agenda.kind, agenda.level, agenda.style) == ("heading", 2, "Agendapunt")
    assert (first.marker, second.marker) == ("1.", "2.")
    assert transcript.metadata["meeting_date"] == "2024-03-06"
    assert transcript.location == "Utrecht"
    assert "Blad" not in transcript.text


@pytest.mark.parametrize("cut", [30, 200, -40])
def test_truncated_docx(teams_docx: bytes, cut: int) -> None:
    with pytest.raises(MalformedInput, match="malformed DOCX"):
        read_transcript("meeting.docx", data=teams_docx[:cut])


def test_docx_with_name_lines_is_a_transcript() -> None:
    document = docx.Document()
    document.add_paragraph("Overleg 12 maart")
    document.add_paragraph("")
    for text in ["Jan: Welkom allemaal.", "Piet: Dank je.", "Jan: We beginnen.", "ook met koffie"]:
        document.add_paragraph(text)
    transcript = read_transcript("overleg.docx", data=_docx_bytes(document))
    assert transcript.format == "docx"
    got = [(s.kind, s.speaker, s.text, s.line) for s in transcript.segments]
    assert got == [
        ("text", None, "Overleg 12 maart", 1),
        ("turn", "Jan", "Welkom allemaal.", 3),
        ("turn", "Piet", "Dank je.", 4),
        ("turn", "Jan", "We beginnen.\nook met koffie", 5),
    ]


def test_docx_without_body_is_one_clear_error() -> None:
    document = docx.Document()
    body = document.element.body
    body.getparent().remove(body)
    with pytest.raises(MalformedInput, match="DOCX"):
        read_transcript("leeg.docx", data=_docx_bytes(document))


def _bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_attendance_table_in_the_section_header_is_read_before_the_body() -> None:
    document = docx.Document()
    table = document.sections[0].header.add_table(rows=3, cols=2, width=docx.shared.Inches(6))
    for r, (label, value) in enumerate(
        [("Datum", "12 maart 2024"), ("Aanwezig", "Anna Bakker, Kees Smit"), ("Afwezig", "Jan")]
    ):
        table.cell(r, 0).text, table.cell(r, 1).text = label, value
    document.add_heading("Verslag", 1)
    document.add_table(rows=1, cols=2).cell(0, 0).text = "Actie"
    transcript = read_transcript("v.docx", data=_bytes(document))
    rows = [s for s in transcript.segments if s.is_table_row and s.cells[0] != "Actie"]
    assert [s.cells for s in rows] == [
        ("Datum", "12 maart 2024"),
        ("Aanwezig", "Anna Bakker, Kees Smit"),
        ("Afwezig", "Jan"),
    ]
    assert {s.table for s in rows} == {1}  # numbered after the body's tables
    assert transcript.title == "Verslag"
    assert transcript.metadata["document_date"] == "2024-03-12"


def test_header_without_minutes_content_adds_nothing() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Kenmerk 2024-12"
    document.add_paragraph("Tekst")
    transcript = read_transcript("v.docx", data=_bytes(document))
    assert [s.text for s in transcript.segments] == ["Tekst"]


def test_line_breaks_inside_a_paragraph_are_kept() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("Aanwezig:")
    run.add_break()
    paragraph.add_run("Anna Bakker\tKadaster")
    transcript = read_transcript("v.docx", data=_bytes(document))
    assert transcript.segments[0].text == "Aanwezig:\nAnna Bakker\tKadaster"


def test_paragraphs_and_tables_inside_content_controls_are_read() -> None:
    from docx.oxml.ns import qn
    from lxml import etree

    document = docx.Document()
    document.add_paragraph("Verslag")
    wrapped = document.add_paragraph("Aanwezig: Anna Bakker, Kees Smit")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Afwezig", "Jan Jansen"
    document.add_paragraph("Einde")
    sdt = etree.SubElement(document.element.body, qn("w:sdt"))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    wrapped._p.addprevious(sdt)
    content.append(wrapped._p)
    content.append(table._tbl)
    transcript = read_transcript("v.docx", data=_bytes(document))
    texts = [s.text for s in transcript.segments]
    assert texts == ["Verslag", "Aanwezig: Anna Bakker, Kees Smit", "Afwezig | Jan Jansen", "Einde"]


def test_a_cell_keeps_the_text_of_its_content_controls() -> None:
    from docx.oxml.ns import qn
    from lxml import etree

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Datum", "12-3-2024"
    table.cell(1, 0).text = "Aanwezig"
    cell = table.cell(1, 1)
    cell.text = "Anna Bakker"
    sdt = etree.SubElement(cell._tc, qn("w:sdt"))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    content.append(cell.paragraphs[0]._p)
    etree.SubElement(cell._tc, qn("w:p"))  # a cell ends with a paragraph
    transcript = read_transcript("v.docx", data=_bytes(document))
    assert [s.cells for s in transcript.segments] == [
        ("Datum", "12-3-2024"),  # a date is a value: the first row is no header
        ("Aanwezig", "Anna Bakker"),
    ]


def test_numbers_under_a_table_header_are_kept() -> None:
    """A bare number under a header row is the row's number (``Nr``), not a page number."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("Nr", "Actie", "Wie"), ("1", "Rooster maken", "Els"),
                             ("2", "Zaal huren", "Bart")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    transcript = read_transcript("a.docx", data=_docx_bytes(document))
    rows = [s.cells for s in transcript.segments if s.cells]
    assert [r[0] for r in rows] == ["1", "2"]
