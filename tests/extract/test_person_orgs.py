"""Persons the NER took for organisations, told apart by shape and context."""

from __future__ import annotations

from sessietool.extract.person_orgs import person_shaped, persons_among
from sessietool.language import load_language_data

LANG = load_language_data()
VERBS = {"stelt", "sloot", "vertelde"}


def _spans(text: str, *forms: str) -> list[tuple[int, int, str]]:
    return [(text.index(f), text.index(f) + len(f), f) for f in forms]


def test_person_shape():
    assert person_shaped("Yolanda Brink", LANG)
    assert person_shaped("Otto van der Zee", LANG)
    assert not person_shaped("Bureau Heemskerk", LANG)  # an organisation word
    assert not person_shaped("Commissie Marketing", LANG)  # opens no name
    assert not person_shaped("CLEVER FRANKE", LANG)
    assert not person_shaped("Kadaster", LANG)


def test_listed_beside_a_first_name_led_name():
    text = "In de zaal: Anneke Sinnema, Yolanda Brink, Otto Zeegers. Verder Xavix Systems."
    found = persons_among(text, _spans(text, "Yolanda Brink", "Xavix Systems"), LANG, VERBS)
    assert [f for _s, _e, f in found] == ["Yolanda Brink"]


def test_followed_by_a_speech_verb_or_after_an_office():
    text = (
        "Yolanda Brink (Stad) sloot aan. Commissie Web (voorzitter Ulrich Zandvoort). "
        "Zorg Brink biedt."
    )
    spans = _spans(text, "Yolanda Brink", "Ulrich Zandvoort", "Zorg Brink")
    found = persons_among(text, spans, LANG, VERBS)
    assert [f for _s, _e, f in found] == ["Yolanda Brink", "Ulrich Zandvoort"]


def test_an_office_in_parentheses_after_the_name():
    text = "Een toelichting van Yolanda Brink (voorzitter van het forum). Zorg Brink (Stad)."
    found = persons_among(text, _spans(text, "Yolanda Brink", "Zorg Brink"), LANG, VERBS)
    assert [f for _s, _e, f in found] == ["Yolanda Brink"]
