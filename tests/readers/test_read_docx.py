"""The Word reader: minutes content in the section header, line breaks inside a paragraph."""

from __future__ import annotations

import io

import docx

from sessietool.readers import read_transcript


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
