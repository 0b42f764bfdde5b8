from __future__ import annotations

import json

import pytest

from sessietool.compare.trends import OPEN, SETTLED, session_order, trends


@pytest.fixture
def series(make_summary):
    """Four board meetings, given out of order; one without a date."""
    return [
        make_summary(
            path="2011-b.md", date="2011-01-10",
            speakers=[{"id": "ppk", "mentions": 3}, {"id": "krijn", "mentions": 1}],
            organisations=[{"id": "fronteers", "mentions": 4}],
            themes=[{"id": "congres", "score": 0.6}, {"id": "forum", "score": 0.4}],
            action_points=[
                {"text": "PPK plaatst de debriefing op fronteers.nl.", "owners": ["ppk"]},
                {"text": "Krijn zoekt een nieuwe penningmeester.", "owners": ["krijn"]},
            ],
        ),
        make_summary(
            path="2010-a.md", date="2010-06-01",
            speakers=[{"id": "ppk", "mentions": 2}, {"id": "sander", "mentions": 2,
                                                     "turns": 3, "words": 40}],
            organisations=[{"id": "fronteers", "mentions": 2}, {"id": "mirabeau", "mentions": 1}],
            themes=[{"id": "congres", "score": 1.0}],
            action_points=[
                {"text": "PPK verwerkt de debriefing en plaatst deze op fronteers.nl.",
                 "owners": ["ppk"]},
                {"text": "Sander bestelt de stickers.", "owners": ["sander"]},
            ],
        ),
        make_summary(
            path="undated.md", date=None,
            speakers=[{"id": "krijn", "mentions": 2}],
            themes=[{"id": "forum", "score": 1.0}],
            action_points=[
                {"text": "Krijn zoekt nog steeds een nieuwe penningmeester.",
                 "owners": ["krijn"]},
            ],
        ),
        make_summary(
            path="2012-c.md", date="2012-03-05",
            speakers=[{"id": "ppk", "mentions": 1}],
            themes=[{"id": "congres", "score": 0.7}, {"id": "onderwijs", "score": 0.3}],
            action_points=[{"text": "Het bestuur evalueert het congres.", "owners": []}],
        ),
    ]


def test_sessions_are_ordered_by_date_then_file_name(series, make_summary):
    t = trends(series)
    assert [s.label for s in t.sessions] == ["2010-06-01", "2011-01-10", "2012-03-05",
                                             "undated.md"]
    undated = [make_summary(path=f"dir/{n}.md") for n in ("b", "a")]
    assert [s.source.path for s in session_order(undated)] == ["dir/a.md", "dir/b.md"]


def test_theme_scores_over_time(series):
    t = trends(series)
    assert [th.id for th in t.themes] == ["congres", "forum", "onderwijs"]
    congres = t.themes[0]
    assert congres.scores == [1.0, 0.6, 0.7, 0.0]
    assert congres.sessions == 3
    assert congres.mean == pytest.approx(0.575)
    assert (congres.peak, congres.peak_session) == (1.0, "2010-06-01")


def test_presence_of_organisations_and_speakers(series):
    t = trends(series)
    [fronteers, mirabeau] = t.organisations
    assert fronteers.mentions == [2, 4, None, None]
    assert (fronteers.sessions, fronteers.total_mentions) == (2, 6)
    assert (mirabeau.first, mirabeau.last) == ("2010-06-01", "2010-06-01")
    assert [s.id for s in t.speakers] == ["ppk", "krijn", "sander"]
    krijn = t.speakers[1]
    assert krijn.mentions == [None, 1, None, 2]
    assert (krijn.first, krijn.last) == ("2011-01-10", "undated.md")
    assert (t.speakers[2].turns, t.speakers[2].words) == (3, 40)


def test_action_points_are_followed_open_versus_settled(series):
    t = trends(series)
    by_text = {a.occurrences[0].text: a for a in t.action_points}
    debriefing = by_text["PPK verwerkt de debriefing en plaatst deze op fronteers.nl."]
    assert debriefing.times_mentioned == 2
    assert (debriefing.first, debriefing.last, debriefing.status) == ("2010-06-01",
                                                                      "2011-01-10", SETTLED)
    assert debriefing.text == "PPK plaatst de debriefing op fronteers.nl."  # latest wording
    penningmeester = by_text["Krijn zoekt een nieuwe penningmeester."]
    # skipped the 2012 meeting but comes back within the lookback of two sessions: still open
    assert penningmeester.times_mentioned == 2
    assert penningmeester.status == OPEN
    assert [a.id for a in t.action_points] == ["ap-0001", "ap-0002", "ap-0003", "ap-0004"]
    assert [a.status for a in t.open_action_points] == [OPEN]
    tallies = [(s.action_points, s.new_action_points, s.carried_over, s.settled)
               for s in t.sessions]
    assert tallies == [(2, 2, 0, 1), (2, 1, 1, 1), (1, 1, 0, 1), (1, 0, 1, 0)]


def test_lookback_of_one_session_breaks_the_thread(series):
    t = trends(series, lookback=1)
    assert len(t.action_points) == 5
    assert [a.status for a in t.action_points].count(OPEN) == 1
    assert sum(s.carried_over for s in t.sessions) == 1
    with pytest.raises(ValueError):
        trends(series, lookback=0)


def test_same_day_sessions_get_distinct_labels(make_summary):
    t = trends([make_summary(path="a.md", date="2010-01-01"),
                make_summary(path="b.md", date="2010-01-01")])
    assert [s.label for s in t.sessions] == ["2010-01-01", "2010-01-01 (2)"]


def test_no_summaries_and_json(series):
    empty = trends([])
    assert empty.sessions == empty.themes == empty.action_points == []
    data = trends(series).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert list(data) == ["sessions", "themes", "organisations", "speakers", "action_points"]


def test_top_themes_leave_keyphrases_out_unless_asked(make_summary):
    t = trends([make_summary(themes=[{"id": "kp-sander", "score": 0.6, "source": "keyphrase"},
                                     {"id": "congres", "score": 0.3},
                                     {"id": "forum", "score": 0.1}])])
    assert [th.id for th in t.themes] == ["kp-sander", "congres", "forum"]
    assert [th.id for th in t.top_themes(2)] == ["congres", "forum"]
    assert [th.id for th in t.top_themes(2, keyphrases=True)] == ["kp-sander", "congres"]
    only_kp = trends([make_summary(themes=[{"id": "kp-x", "score": 1.0, "source": "keyphrase"}])])
    assert [th.id for th in only_kp.top_themes(5)] == ["kp-x"]
