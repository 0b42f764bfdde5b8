"""The report reader: reflow of PDF-extracted text, headings, hyphenation, line map."""
from __future__ import annotations

from sessietool.readers import read_transcript
from sessietool.readers.report import read_report


def test_report_fixture(fixture_path) -> None:
    transcript = read_transcript(fixture_path("report.txt"))
    assert transcript.format == "report"
    assert transcript.encoding == "utf-8"
    assert transcript.title == "Verdiepingssessie"
    kinds = [(s.kind, s.text) for s in transcript.segments]
    assert kinds[0] == ("heading", "Verdiepingssessie")
    assert kinds[1] == (
        "text",
        "In gesprek met bestuurders sectorraden, OCW en Merel van Vroonhoven over samenwerken "
        "in de regio",
    )
    assert kinds[2] == ("heading", "Samenwerken in de regio")
    assert kinds[3][1].startswith("De discussie wordt aangezwengeld door een programmaleider over")
    assert "over de samenwerking in de regio, het" in kinds[3][1]
    assert "over de zij-instroom van leraren" in kinds[3][1]
    # the page break inside a sentence does not split the paragraph; quotes are kept as is
    assert kinds[4] == (
        "text",
        "Het panel van bestuurders zegt: ‘we gáán ook poetsen’, en de discussie gaat door op de "
        "volgende pagina.",
    )
    assert len(kinds) == 5


def test_report_line_map(fixture_path) -> None:
    segment = read_transcript(fixture_path("report.txt")).segments[3]
    assert segment.line == 12
    start = segment.text.index("samenwerking")  # "samen-" on line 12, "werking" on line 14
    assert segment.line_at(start) == 12
    assert segment.line_at(start + len("samen")) == 14
    assert segment.line_at(segment.text.index("in de regio")) == 14
    assert segment.line_at(segment.text.index("zij-")) == 14
    assert segment.line_at(segment.text.index("instroom")) == 16
    assert segment.line_at(segment.text.index("leraren")) == 16
    last = read_transcript(fixture_path("report.txt")).segments[4]
    assert last.line_at(last.text.index("volgende")) == 25


def test_hyphen_kept_when_document_writes_the_compound_with_one() -> None:
    text = "Het directeur-\ngeneraal gesprek ging goed.\n\nDe directeur-generaal knikt.\n"
    assert read_report(text).segments[0].text == "Het directeur-generaal gesprek ging goed."


def test_hyphen_dropped_when_document_writes_the_word_without() -> None:
    text = "We zoeken samen-\nwerking met scholen.\n\nDie samenwerking is oud.\n"
    assert read_report(text).segments[0].text == "We zoeken samenwerking met scholen."


def test_elided_compound_keeps_space() -> None:
    text = "Er is aandacht voor zij-\nen doorstroom van leraren in het land.\n"
    assert read_report(text).segments[0].text == (
        "Er is aandacht voor zij- en doorstroom van leraren in het land."
    )


def test_abbreviation_prefix_keeps_hyphen() -> None:
    text = "Anko spreekt namens de PO-\nraad over de begroting van volgend jaar.\n"
    assert "PO-raad" in read_report(text).segments[0].text


def test_single_spaced_paragraphs_and_title() -> None:
    text = "Verslag\n\nEerste alinea loopt\nover twee regels.\n\nTweede alinea.\n"
    transcript = read_report(text)
    assert transcript.title == "Verslag"
    assert [s.text for s in transcript.segments] == [
        "Verslag",
        "Eerste alinea loopt over twee regels.",
        "Tweede alinea.",
    ]
    assert transcript.segments[1].line_at(len("Eerste alinea loopt ")) == 4


def test_report_without_title_line() -> None:
    transcript = read_report("Dit is een lange eerste zin van het verslag, zonder kop erboven.\n")
    assert transcript.title is None
    assert [s.kind for s in transcript.segments] == ["text"]


def test_page_break_before_capital_ends_the_paragraph() -> None:
    text = "Eerste alinea zonder punt aan het eind\n\n\n\nTweede alinea begint hier.\n"
    assert [s.text for s in read_report(text).segments] == [
        "Eerste alinea zonder punt aan het eind",
        "Tweede alinea begint hier.",
    ]


def test_page_break_inside_sentence_continues() -> None:
    text = "De zin loopt door over de\n\n\n\npaginagrens heen.\n"
    segment = read_report(text).segments[0]
    assert segment.text == "De zin loopt door over de paginagrens heen."
    assert segment.line_at(segment.text.index("paginagrens")) == 5


def test_lines_set_in_columns_are_kept_apart() -> None:
    text = (
        "Aanwezig:\nJan Jansen            Piet Pietersen\nKees de Vries         Anna Bos\n\n"
        "De voorzitter opent de vergadering\nen heet iedereen welkom.\n"
    )
    segments = read_report(text).segments
    assert segments[0].text == "Aanwezig:\nJan Jansen            Piet Pietersen\n" \
        "Kees de Vries         Anna Bos"
    assert [segments[0].line_at(segments[0].text.index(n)) for n in ("Jan", "Kees")] == [2, 3]
    assert segments[1].text == "De voorzitter opent de vergadering en heet iedereen welkom."
