"""Who "we" is in a report: the author organisation from the front matter or from "we" sentences."""

from __future__ import annotations

import pytest


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SESSIETOOL_ACTION_CLASSIFIER", "off")


BODY = (
    "# Terugblik\n\nOp 17 juni organiseerden wij de tweede editie van onze Logius meetup. "
    "Het Kadaster gaf een presentatie. Er volgen workshops waarin we dieper ingaan op de tools. "
    "Over dit thema verschijnt binnenkort een aparte blogpost.\n"
)


def test_a_person_author_makes_the_organisation_named_with_we_the_author(summarise, rules_only):
    s = summarise("---\nauthors: [tom-ootes]\n---\n\n" + BODY, name="r.md")
    assert [(p.kind, p.owners) for p in s.action_points] == [
        ("commitment", ["logius"]), ("commitment", ["logius"]),
    ]


def test_without_an_author_we_is_no_organisation(summarise, rules_only):
    s = summarise(BODY, name="r.md")
    assert all(p.owners == [] for p in s.action_points)


def test_the_organisation_the_writers_call_their_own_beats_the_one_they_visit(
    summarise, rules_only
):
    body = (
        "# Terugblik\n\nTwee dagen stonden wij bij het Kadaster. Wij gaven bij het Kadaster "
        "een demo met onze eigen Logius stand. Over dit thema verschijnt binnenkort een aparte "
        "blogpost.\n"
    )
    s = summarise("---\nauthors: [tom-ootes]\n---\n\n" + body, name="r.md")
    assert s.action_points[-1].owners == ["logius"]


def test_an_ownerless_decision_of_a_report_is_the_authors(summarise, rules_only):
    s = summarise(
        "---\nauthors: [tom-ootes]\n---\n\n# Terugblik\n\nOp 17 juni organiseerden wij de "
        "tweede editie van onze Logius meetup. De volgende meetup zal plaatsvinden op 15 "
        "december.\n",
        name="r.md",
    )
    point = next(p for p in s.action_points if "plaatsvinden" in p.text)
    assert (point.kind, point.owners) == ("decision", ["logius"])
