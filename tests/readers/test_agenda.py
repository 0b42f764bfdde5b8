"""The document-level agenda (``Transcript.agenda``) the readers fill from headings and lists."""

from __future__ import annotations

from sessietool.readers import read_transcript


def _agenda(text: str) -> list[tuple[str | None, str, int, int]]:
    t = read_transcript("notulen.md", data=text.encode())
    return [(a.number, a.title, a.first_line, a.last_line) for a in t.agenda]


def test_numbered_headings_are_the_agenda() -> None:
    text = "# Notulen\n\n## 1. Opening\n\nWelkom.\n\n## 2. Begroting\n\nBesproken.\n"
    assert _agenda(text) == [("1", "Opening", 3, 6), ("2", "Begroting", 7, 9)]


def test_a_list_under_an_agenda_heading_is_the_agenda_and_a_heading_takes_an_item_up() -> None:
    text = (
        "# Notulen netwerkoverleg\n\n## Agenda\n\n1. Opening\n2. Wachttijden\n3. Rondvraag\n\n"
        "## Wachttijden\n\nDe cijfers worden toegelicht.\n"
    )
    assert _agenda(text) == [
        ("1", "Opening", 5, 6),
        ("2", "Wachttijden", 9, 11),  # from the heading below that takes the item up
        ("3", "Rondvraag", 7, 8),
    ]


def test_a_list_elsewhere_is_no_agenda() -> None:
    text = "# Notulen\n\n## Afspraken\n\n- Jan belt de gemeente\n- Kees stuurt de stukken\n"
    assert _agenda(text) == []
