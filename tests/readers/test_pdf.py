"""sessietool.readers.pdf: text, encrypted, image-only, corrupt, page numbers, letterhead, caps."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from sessietool.errors import MalformedInput
from sessietool.readers import read_transcript

REPORT_LINES = [
    "Verslag regionaal overleg",
    "In de digitale verdiepingssessie spreken de bestuurders van de sectorraden over de samen-",
    "werking in de regio en over de rol van de partnerschappen in het Samen Opleiden met OCW.",
    "Dat is een goed punt.",
    "Merel vraagt zich aan het slot van de sessie af hoe we van lullen tot poetsen komen, en",
]
PAGE_TWO = ["zo gaat het gesprek verder op de tweede pagina van het verslag van de bijeenkomst."]


def test_pdf(make_pdf) -> None:
    transcript = read_transcript("verslag.pdf", data=make_pdf([REPORT_LINES, PAGE_TWO]))
    assert transcript.format == "pdf"
    assert transcript.encoding is None
    assert transcript.title == "Verslag regionaal overleg"
    assert transcript.metadata["pages"] == "2"
    texts = [(s.kind, s.text) for s in transcript.segments]
    assert texts[0] == ("heading", "Verslag regionaal overleg")
    assert texts[1][1].endswith("met OCW. Dat is een goed punt.")
    assert "over de samenwerking in de regio" in texts[1][1]
    assert texts[2][1].startswith("Merel vraagt")
    assert texts[2][1].endswith(
        "en zo gaat het gesprek verder op de tweede pagina van het verslag van de bijeenkomst."
    )
    paragraph = transcript.segments[2]
    assert paragraph.line_at(paragraph.text.index("zo gaat")) == 8  # after the page separator


def test_encrypted_pdf(make_pdf) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([REPORT_LINES]))))
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(MalformedInput, match="encrypted"):
        read_transcript("geheim.pdf", data=out.getvalue())


def test_image_only_pdf(make_pdf) -> None:
    with pytest.raises(MalformedInput, match="image-only PDF needs OCR first"):
        read_transcript("scan.pdf", data=make_pdf([[]]))


def test_corrupt_pdf(make_pdf) -> None:
    data = make_pdf([REPORT_LINES])
    with pytest.raises(MalformedInput, match="malformed PDF"):
        read_transcript("kapot.pdf", data=data[: len(data) // 3])


def test_pdf_quiet(make_pdf, caplog, recwarn) -> None:
    data = make_pdf([REPORT_LINES])
    with pytest.raises(MalformedInput):
        read_transcript("kapot.pdf", data=data[:200])
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert not [w for w in recwarn if "pypdf" in str(w.filename)]


def test_pdf_transcript_and_page_numbers(make_pdf) -> None:
    page_one = ["De voorzitter:", "Het woord is aan de heer Alkaya.", "1"]
    page_two = ["De heer Alkaya (SP):", "Dank u wel, voorzitter.", "Pagina 2 van 2"]
    transcript = read_transcript("handelingen.pdf", data=make_pdf([page_one, page_two]))
    assert transcript.format == "pdf"
    assert transcript.segments[1].line == 7  # page 2 starts after two empty lines, at line 6
    assert [(s.speaker, s.text) for s in transcript.segments] == [
        ("De voorzitter", "Het woord is aan de heer Alkaya."),
        ("De heer Alkaya (SP)", "Dank u wel, voorzitter."),
    ]


def test_pdf_report_drops_page_numbers(make_pdf) -> None:
    transcript = read_transcript("verslag.pdf", data=make_pdf([REPORT_LINES + ["3"], PAGE_TWO]))
    assert all(s.text != "3" for s in transcript.segments)
    assert transcript.segments[-1].text.endswith("verslag van de bijeenkomst.")


def test_pdf_furniture_and_letterhead_are_kept_out(make_pdf) -> None:
    head = [
        "Logius",
        "Contactpersoon",
        "Jan Jansen",
        "T 06 12345678",
        "Datum",
        "31-5-2024",
        "Kenmerk",
        "Vergaderplaats Den Haag, online",
        "Verslag Technisch Overleg Test",
    ]
    body = "De leden bespreken het voorstel en stemmen in met de nieuwe versie van de standaard."
    pages = [
        [*head, body, "Pagina 1 van 2"],
        [
            "Verslag TO Test",
            body,
            "Zie https://example.org/a/",
            "b/c.html voor meer.",
            "Pagina 2 van 2",
        ],
    ]
    transcript = read_transcript("v.pdf", data=make_pdf(pages))
    text = transcript.text
    assert "Pagina" not in text and "Contactpersoon" not in text and "06 1234" not in text
    assert "https://example.org/a/b/c.html" in text
    assert transcript.metadata["document_date"] == "2024-05-31"
    assert transcript.metadata["contact"] == "Jan Jansen"
    assert transcript.location == "Den Haag, online"
    assert {s.page for s in transcript.segments} == {1, 2}


def test_pdf_page_cap(make_pdf, monkeypatch) -> None:
    monkeypatch.setattr("sessietool.readers.pdf.MAX_PAGES", 3)
    with pytest.raises(MalformedInput, match="pages, more than the limit"):
        read_transcript("v.pdf", data=make_pdf([["a"]] * 4))
