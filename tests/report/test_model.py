"""The page's data: v2 fields when there, v1 summaries without them."""
from __future__ import annotations

from sessietool.report.model import build_page, source_link


def test_v2_agenda_groups_decisions_and_actions_by_their_agenda_field(v2):
    page = build_page(v2)
    first, third = page.agenda
    assert (third.number, third.heading) == ("3", "3. Stand van zaken OIN-stelsel")
    assert [d.text for d in third.decisions] == [
        "Het overleg stemt in met de nieuwe versie van het stelsel."
    ]
    assert [a.ref for a in third.actions] == ["324/01"]
    assert [a.kind for a in first.actions] == ["open-question"]


def test_v2_fields_of_actions_and_session(v2):
    page = build_page(v2)
    assert page.location == "Logius, Den Haag / online"
    assert [(a.ref, a.status, a.due) for a in page.actions] == [
        ("324/01", "open", "2024-05-29"), ("323/04", "closed", None)
    ]
    assert page.actions[1].owners == ["Bram Jansen"]  # a speaker id shown by name
    assert page.actions[1].status_label == "gesloten"
    assert page.has_status and page.has_ref
    assert [q.text for q in page.questions] == ["Wie beheert de testomgeving?"]
    assert [t.source for t in page.themes] == ["agenda", "keyphrase"]


def test_without_agenda_field_on_actions_their_line_places_them(v2):
    for point in v2["action_points"]:
        del point["agenda"]
    page = build_page(v2)
    assert [a.link.line for a in page.agenda[0].actions + page.agenda[0].decisions] == [15]
    assert sorted(p.link.line for p in page.agenda[1].actions + page.agenda[1].decisions) == [
        50, 54
    ]


def test_v1_summary_renders_without_v2_fields(example):
    page = build_page(example)
    assert page.agenda == [] and page.location is None
    assert not page.has_status and not page.has_ref
    assert page.participants[0].name == "Merel van Vroonhoven"
    assert page.participants[1].organisation == "Vereniging Hogescholen"
    points = example["action_points"]
    decided = [p["text"] for p in points if p["kind"] in ("decision", "agreement")]
    assert [d.text for d in page.decisions] == decided
    # "We gaan een convenant sluiten" is a promise (a commitment), listed with the actions
    assert any(a.kind == "commitment" for a in page.actions)


def test_unquoted_yaml_date_and_missing_sections_are_tolerated():
    import datetime as dt

    page = build_page({"schema": "sessietool.summary/v1", "session": {"date": dt.date(2020, 1, 2)},
                       "source": {"path": "a/b.txt"}})
    assert (page.date, page.title, page.participants, page.actions) == (
        "2020-01-02", "b.txt", [], []
    )


def test_links_point_to_the_source_line():
    assert source_link("notulen.md", 12).href == "notulen.md#L12"
    assert source_link("notulen.md", 12).label == "r. 12"
    assert source_link(None, 12).href is None
    assert source_link("notulen.md", None).label == ""


def test_transcripts_show_turns_and_words(v2):
    v2["speakers"][0].update(turns=12, words=840)
    page = build_page(v2)
    assert page.transcript
    assert (page.participants[0].turns, page.participants[0].words) == (12, 840)
    assert not build_page({**v2, "speakers": []}).transcript
