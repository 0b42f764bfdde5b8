from __future__ import annotations

import copy
import json

import yaml

from sessietool.compare.diff import FieldChange, Item, diff_summaries


def test_identical_summaries_have_no_differences(fronteers_pair):
    old, _ = fronteers_pair
    d = diff_summaries(old, copy.deepcopy(old))
    assert not d.has_differences
    assert d.speakers.added == d.speakers.removed == d.speakers.changed == []
    assert [c.similarity for c in d.action_points.carried_over] == [1.0, 1.0, 1.0]
    assert all(not c.changes for c in d.action_points.carried_over)


def test_speakers_organisations_and_themes_by_id(fronteers_pair):
    d = diff_summaries(*fronteers_pair)
    assert d.has_differences
    assert d.speakers.added == [Item("krijn-hoetmer", "Krijn Hoetmer", 3)]
    assert d.speakers.removed == [Item("tom-greuter", "Tom Greuter", 1)]
    [ppk] = d.speakers.changed
    assert ppk.id == "peter-paul-koch"
    assert ppk.changes == [
        FieldChange("role", None, "voorzitter", None),
        FieldChange("mentions", 4, 6, 2),
    ]
    assert [i.id for i in d.organisations.added] == ["appoint"]
    assert [i.id for i in d.organisations.removed] == ["mirabeau"]
    assert d.organisations.changed[0].changes == [FieldChange("mentions", 5, 7, 2)]
    assert d.themes.added == [Item("lidmaatschap", "Lidmaatschap", 0.15)]
    assert d.themes.removed == [Item("onderwijs", "Onderwijs", 0.3)]
    assert [(c.id, c.changes[0].delta) for c in d.themes.changed] == [("congres", 0.1),
                                                                      ("forum", 0.05)]


def test_action_points_new_carried_over_and_no_longer_mentioned(fronteers_pair):
    d = diff_summaries(*fronteers_pair).action_points
    assert [p.text for p in d.new] == ["Krijn schrijft een blogpost over het congres."]
    assert [p.text for p in d.no_longer_mentioned] == ["Tom regelt de stickers voor het congres."]
    reworded, same = d.carried_over  # in the new summary's order
    assert reworded.new.text.startswith("PPK plaatst")
    assert reworded.old.text.startswith("PPK verwerkt")
    assert 0.8 < reworded.similarity < 1.0
    assert [c.field for c in reworded.changes] == ["text"]  # owner "PPK" is peter-paul-koch
    assert same.similarity == 1.0 and same.changes == []  # line moved 27 -> 30: not a change


def test_noise_fields_are_ignored(make_summary):
    old = make_summary(
        speakers=[{"id": "a", "lines": [1, 2], "aliases": ["A"]}],
        themes=[{"id": "t", "score": 0.30001, "keywords": ["x"], "lines": [3]}],
        action_points=[{"text": "Stickers bestellen.", "line": 4, "quote": "stickers bestellen"}],
    )
    new = make_summary(
        path="other.md",
        speakers=[{"id": "a", "lines": [9], "aliases": []}],
        themes=[{"id": "t", "score": 0.3, "keywords": ["y"], "lines": [7]}],
        action_points=[{"text": "Stickers bestellen.", "line": 40, "quote": "Stickers!"}],
        model="blank:nl 3.8",
    )
    assert not diff_summaries(old, new).has_differences


def test_a_changed_due_date_is_a_difference(make_summary):
    old = make_summary(action_points=[{"text": "Stickers bestellen.", "due": None}])
    new = make_summary(action_points=[{"text": "Stickers bestellen.", "due": "2010-08-01"}])
    d = diff_summaries(old, new)
    assert d.has_differences
    assert d.action_points.carried_over[0].changes == [
        FieldChange("due", None, "2010-08-01", None)
    ]


def test_order_is_deterministic_and_follows_the_summaries(make_summary):
    old = make_summary(speakers=[{"id": i} for i in ("z", "b", "m")])
    new = make_summary(speakers=[{"id": i} for i in ("y", "a", "x")])
    d = diff_summaries(old, new)
    assert [i.id for i in d.speakers.added] == ["y", "a", "x"]
    assert [i.id for i in d.speakers.removed] == ["z", "b", "m"]
    assert diff_summaries(old, new) == d


def test_to_dict_is_plain_data_for_yaml_and_json(fronteers_pair):
    d = diff_summaries(*fronteers_pair)
    data = d.to_dict()
    assert list(data)[:3] == ["has_differences", "old", "new"]
    assert data["has_differences"] is True
    assert data["old"] == {"path": "01-06-2010.md", "title": "Bestuursvergadering juni",
                           "date": "2010-06-01", "model": "nl_sessie_sm 0.1.0"}
    assert yaml.safe_load(yaml.safe_dump(data)) == data
    assert json.loads(json.dumps(data)) == data
    assert data["themes"]["changed"][0]["changes"][0] == {
        "field": "score", "old": 0.5, "new": 0.6, "delta": 0.1
    }


def test_another_owner_is_a_change(make_summary):
    old = make_summary(action_points=[{"text": "Stickers bestellen voor het congres.",
                                       "owners": ["tom"]}])
    new = make_summary(action_points=[{"text": "Stickers bestellen voor het congres.",
                                       "owners": ["krijn"]}])
    [carried] = diff_summaries(old, new).action_points.carried_over
    assert carried.similarity == 0.6
    assert carried.changes == [FieldChange("owners", ["tom"], ["krijn"], None)]
