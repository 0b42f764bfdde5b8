"""The Markdown reader: front matter, headings, list items, tables, inline markup."""
from __future__ import annotations

from sessietool.readers import read_transcript
from sessietool.readers.markdown import read_markdown, strip_inline


def test_minutes(fixture_path) -> None:
    transcript = read_transcript(fixture_path("minutes.md"))
    assert transcript.format == "markdown"
    assert transcript.title == "Notulen bestuursvergadering 24 mei 2023"
    assert transcript.date == "2023-05-24"
    got = [(s.kind, s.text, s.line) for s in transcript.segments]
    assert got == [
        ("heading", "Bestuursvergadering", 6),
        ("heading", "Aanwezig", 8),
        ("list_item", "Anneke Sinnema", 10),
        ("list_item", "Edwin Martin (notuleert)", 11),
        ("list_item", "Wim van Iersel", 12),
        ("heading", "Website", 14),
        (
            "text",
            "Edwin vraagt of we moeten doorgaan met de website.\nSander: Eén bijeenkomst gehad.",
            16,
        ),
        ("list_item", "Bouwdagen plannen met de vrijwilligers", 19),
        ("list_item", "Meetup promoten", 21),
        ("text", "ACTIE: Edwin prikt een nieuwe datum.", 23),
        ("list_item", "Anneke | voorzitter", 27),
        ("list_item", "Wim | penningmeester", 28),
    ]
    assert all(s.speaker is None for s in transcript.segments)
    paragraph = transcript.segments[6]
    assert paragraph.line_at(paragraph.text.index("Sander")) == 17
    item = transcript.segments[7]
    assert item.line_at(item.text.index("vrijwilligers")) == 20


def test_title_from_first_heading_without_front_matter() -> None:
    transcript = read_markdown("# Agenda en Verslag\n\n## Deelnemers\n- Pieter (Kadaster)\n")
    assert transcript.title == "Agenda en Verslag"
    assert transcript.date is None
    assert [s.kind for s in transcript.segments] == ["heading", "heading", "list_item"]


def test_bad_front_matter_is_ignored() -> None:
    transcript = read_markdown("---\ntitle: [unclosed\n---\nTekst.\n")
    assert transcript.title is None
    assert [(s.text, s.line) for s in transcript.segments] == [("Tekst.", 4)]


def test_inline_markup() -> None:
    assert strip_inline("**Besluit:** _akkoord_ met `code` en [link](http://x.nl)") == (
        "Besluit: akkoord met code en link"
    )
    assert strip_inline("Zie <https://example.org> &amp; meer<br />hier") == (
        "Zie https://example.org & meer hier"
    )
    assert strip_inline("snake_case_name blijft") == "snake_case_name blijft"


def test_markdown_detected_despite_name_lines() -> None:
    text = "# Notulen\n\n## Promotie\n\nEdwin: beeldschermdoekjes.\nAnneke: pennen.\n- punt\n"
    transcript = read_transcript("notes.txt", data=text.encode())
    assert transcript.format == "markdown"


def test_blocks_carry_levels_markers_and_table_cells() -> None:
    text = (
        "# Verslag\n\n## 1. Opening\n\n- punt\n  - sub\n3) derde\n\n"
        "| Naam | Organisatie |\n|---|---|\n| Jan | Kadaster |\n| Piet |  |\n"
    )
    segments = read_markdown(text).segments
    assert [(s.kind, s.level) for s in segments[:2]] == [("heading", 1), ("heading", 2)]
    assert [(s.text, s.level, s.marker) for s in segments[2:5]] == [
        ("punt", 1, "-"),
        ("sub", 2, "-"),
        ("derde", 1, "3)"),
    ]
    rows = segments[5:]
    assert [(r.text, r.cells, r.header, r.table, r.line) for r in rows] == [
        ("Jan | Kadaster", ("Jan", "Kadaster"), ("Naam", "Organisatie"), 0, 11),
        ("Piet", ("Piet", ""), ("Naam", "Organisatie"), 0, 12),
    ]
    assert rows[0].cell("organisatie") == "Kadaster"


def test_second_table_has_its_own_index_and_header() -> None:
    text = "| a |\n|---|\n| 1 |\n\nTekst.\n\n| b |\n|---|\n| 2 |\n"
    rows = [s for s in read_markdown(text).segments if s.is_table_row]
    assert [(r.table, r.header) for r in rows] == [(0, ("a",)), (1, ("b",))]


def test_quotes_and_code_keep_their_lines() -> None:
    segments = read_markdown("> citaat\n> tweede\n\n```\ncode regel\n```\n<!-- weg -->\n").segments
    assert [(s.text, s.line) for s in segments] == [("citaat\ntweede", 1), ("code regel", 5)]


def test_pipe_rows_without_a_delimiter_row_are_table_rows() -> None:
    from sessietool.readers.markdown import read_markdown

    t = read_markdown("## Acties\n\n| 1 | Wiki bijwerken | Mohamed |\n| 2 | Usecases | Jeffrey |\n")
    rows = [s for s in t.segments if s.kind == "list_item"]
    assert [r.cells for r in rows] == [("1", "Wiki bijwerken", "Mohamed"),
                                       ("2", "Usecases", "Jeffrey")]
    assert rows[0].text == "1 | Wiki bijwerken | Mohamed" and rows[1].line == 4
    assert rows[0].header == () and rows[0].table == rows[1].table
    # a sentence with pipes in it stays a paragraph
    (para,) = read_markdown("Kies A | B of C.\n").segments
    assert para.kind == "text"


def test_a_marker_written_as_a_tag_stays_and_html_goes() -> None:
    from sessietool.readers import read_transcript

    text = (
        "# V\n\n<opmerking Mirjam Jansen> Dit klopt <b>niet</b>.\n\n"
        'Tekst <span class="x">hier</span>\n'
    )
    segments = read_transcript("v.md", data=text.encode()).segments
    assert [s.text for s in segments[1:]] == [
        "<opmerking Mirjam Jansen> Dit klopt niet.",
        "Tekst hier",
    ]


def test_br_lines_of_a_table_cell_stay_apart_in_its_cells() -> None:
    from sessietool.readers import read_transcript

    text = "| | |\n|---|---|\n| Aanwezig | Anna Bakker, Logius<br>Kees Smit, RDW |\n"
    (row,) = [s for s in read_transcript("n.md", data=text.encode()).segments if s.is_table_row]
    assert row.cells == ("Aanwezig", "Anna Bakker, Logius\nKees Smit, RDW")
    assert row.text == "Aanwezig | Anna Bakker, Logius Kees Smit, RDW"
