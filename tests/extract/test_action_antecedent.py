"""A pronoun subject or an ownerless passive owned by the subject of a sentence before it."""

from __future__ import annotations

import pytest


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIETOOL_ACTION_CLASSIFIER", "off")


def test_a_pronoun_subject_is_the_person_named_before_it(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nAanwezig: Marc de Boer, Jan Smit\n\nMarc de Boer gaf een overzicht van "
        "het thema. Hij introduceerde PBAC als richting en riep deelnemers op hun ervaringen te "
        "delen.\n",
        name="v.md",
    )
    point = next(p for p in s.action_points if "riep" in p.quote)
    assert point.kind == "request"
    assert point.owners == ["marc-de-boer"]


def test_an_ownerless_passive_is_the_group_of_the_sentence_before(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nDe stuurgroep richt zich op de beveiliging van API's. Als eerste wordt "
        "gekeken naar mechanismen om maatregelen te ontdekken.\n",
        name="v.md",
    )
    point = next(p for p in s.action_points if "gekeken" in p.text)
    assert point.owners == ["stuurgroep"]


def test_a_passive_after_a_person_gets_no_owner(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nAanwezig: Jan Smit, Piet Jansen\n\nJan Smit presenteert de begroting. "
        "Als eerste wordt gekeken naar de kosten van de zaal.\n",
        name="v.md",
    )
    point = next(p for p in s.action_points if "gekeken" in p.text)
    assert point.owners == []


def test_an_unresolved_pronoun_takes_no_name_from_further_on(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nAanwezig: Jan Smit (Logius)\n\nHij vraagt Logius om de begroting van "
        "2014 af te ronden.\n",
        name="v.md",
    )
    assert [(p.kind, p.owners) for p in s.action_points] == [("request", [])]


def test_an_inverted_subject_before_a_passive_owns_it(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nDe komende tijd zal de stuurgroep inventariseren welke praktijken er zijn. "
        "Er wordt daarbij gekeken naar bestaande profielen.\n",
        name="v.md",
    )
    point = next(p for p in s.action_points if "gekeken" in p.text)
    assert point.owners == ["stuurgroep"]
