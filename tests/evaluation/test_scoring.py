"""The matching rules on small constructed cases; expectations worked out by hand."""
from __future__ import annotations

import datetime as dt

import pytest

from sessietool.evaluation.report import PRF
from sessietool.evaluation.scoring import keywords_match, normalise, score_summary

from .eval_helpers import gold


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("De heer Hijink (SP)", "hijink"),
        ("Mevrouw Dijksma (PvdA)", "dijksma"),
        ("Minister De Jonge", "jonge"),
        ("Staatssecretaris Van Rijn", "van rijn"),
        ("mevr. Ellemeet", "ellemeet"),
        ("Dhr. Segers", "segers"),
        ("Prof. dr. ir. Jansen", "jansen"),  # at most three honorifics
        ("de heer de heer de heer de Vries", "de vries"),
        ("  Jan   Bogerd ", "jan bogerd"),
        ("MBO-raad", "mbo-raad"),
        ("ROC’s", "roc's"),
        ("Ministerie van Onderwijs, Cultuur", "ministerie van onderwijs cultuur"),
        ("Hetty Bakker", "hetty bakker"),  # 'het' only as a whole word
        (None, ""),
        (2020, "2020"),
    ],
)
def test_normalise(raw: object, expected: str) -> None:
    assert normalise(raw) == expected


def _speakers(gold_speakers: list[dict], predicted: list[dict], **extra: object) -> PRF:
    g = gold(speakers=gold_speakers, **extra)
    return score_summary(g, {"speakers": predicted}).speakers


def test_honorific_and_party_label_match_a_bare_name() -> None:
    prf = _speakers([{"name": "Hijink", "label": "De heer Hijink (SP)"}], [{"name": "Hijink"}])
    assert prf == PRF(1.0, 1.0, 1.0)


def test_predicted_label_with_honorific_matches_gold_name() -> None:
    prf = _speakers([{"name": "Dijksma"}], [{"name": "Mevrouw Dijksma (PvdA)"}])
    assert prf == PRF(1.0, 1.0, 1.0)


def test_alias_on_either_side_matches() -> None:
    assert _speakers([{"name": "Merel van Vroonhoven", "aliases": ["Merel"]}],
                     [{"name": "Merel"}]).r == 1.0
    assert _speakers([{"name": "Jan Bogerd"}], [{"name": "J. Bogerd", "aliases": ["Jan Bogerd"]}]
                     ).r == 1.0


def test_surname_suffix_rule() -> None:
    # predicted full name ends with the gold surname (longer than three characters)
    assert _speakers([{"name": "Bergkamp"}], [{"name": "Vera Bergkamp"}]).r == 1.0
    # 'De Jonge' normalises to 'jonge': 'Hugo de Jonge' ends with ' jonge'
    assert _speakers([{"name": "De Jonge"}], [{"name": "Hugo de Jonge"}]).r == 1.0
    # a gold name of three characters or fewer never matches as a suffix
    assert _speakers([{"name": "Wit"}], [{"name": "Jan Wit"}]).r == 0.0
    # only a whole final word: 'Vanderbergkamp' does not end with ' bergkamp'
    assert _speakers([{"name": "Bergkamp"}], [{"name": "Vanderbergkamp"}]).r == 0.0
    # one direction only: a predicted surname does not match a gold full name
    assert _speakers([{"name": "Vera Bergkamp"}], [{"name": "Bergkamp"}]).r == 0.0


def test_each_prediction_matches_one_gold_speaker() -> None:
    prf = _speakers([{"name": "Jansen"}, {"name": "Piet Jansen"}],
                    [{"name": "Piet Jansen"}, {"name": "Ali Bakker"}])
    # gold 'Jansen' takes 'Piet Jansen' first; gold 'Piet Jansen' has nothing left
    assert prf == PRF(0.5, 0.5, 0.5)


def test_speakers_incomplete_means_no_precision() -> None:
    prf = _speakers([{"name": "Anneke Sinnema"}, {"name": "Sander Vink"}],
                    [{"name": "Anneke Sinnema"}, {"name": "Iemand Anders"}],
                    speakers_complete=False)
    assert prf == PRF(None, 0.5, None)


def test_nothing_predicted_gives_recall_zero_and_no_precision() -> None:
    assert _speakers([{"name": "Hijink"}], []) == PRF(None, 0.0, None)


def test_wrong_predictions_give_f_zero() -> None:
    assert _speakers([{"name": "Hijink"}], [{"name": "Segers"}]) == PRF(0.0, 0.0, 0.0)


def test_no_gold_speakers_scores_precision_only() -> None:
    none = gold(speakers=[])
    assert score_summary(none, {"speakers": [{"name": "X Y"}]}).speakers == PRF(0.0, None, None)


def test_speakers_not_annotated_are_not_scored() -> None:
    assert score_summary(gold(), {"speakers": [{"name": "X Y"}]}).speakers == PRF(None, None, None)


OCW = {"name": "Ministerie van Onderwijs, Cultuur en Wetenschap", "aliases": ["OCW"]}


def test_speaker_organisation_via_id_and_gold_aliases() -> None:
    g = gold(speakers=[{"name": "Marcelis Boereboom", "organisation": OCW["name"]}],
             organisations=[OCW])
    pred = {"speakers": [{"name": "Marcelis Boereboom", "organisation": "ocw"}],
            "organisations": [{"id": "ocw", "name": "OCW"}]}
    assert score_summary(g, pred).speaker_org == 1.0


def test_speaker_organisation_by_name_and_wrong_org() -> None:
    g = gold(speakers=[{"name": "Hijink", "organisation": "SP"},
                       {"name": "Segers", "organisation": "ChristenUnie"},
                       {"name": "Voorzitter"}])
    pred = {"speakers": [{"name": "Hijink", "organisation": "SP"},  # no such id: compared as name
                         {"name": "Segers", "organisation": "cda"},
                         {"name": "Voorzitter", "organisation": "sp"}],
            "organisations": [{"id": "cda", "name": "CDA"}]}
    # the chair has no gold organisation and does not count
    assert score_summary(g, pred).speaker_org == 0.5


def test_speaker_organisation_widened_only_through_gold_organisation_name() -> None:
    # gold speaker says 'OCW' (an alias, not the name) -> not widened to the full name
    g = gold(speakers=[{"name": "Boereboom", "organisation": "OCW"}], organisations=[OCW])
    pred = {"speakers": [{"name": "Boereboom", "organisation": "min"}],
            "organisations": [{"id": "min", "name": OCW["name"]}]}
    assert score_summary(g, pred).speaker_org == 0.0


def test_speaker_organisation_and_turns_absent_without_gold() -> None:
    scores = score_summary(gold(speakers=[{"name": "Hijink"}]), {"speakers": [{"name": "Hijink"}]})
    assert scores.speaker_org is None
    assert scores.turns is None


def test_turns_accuracy() -> None:
    g = gold(speakers=[{"name": "Hijink", "turns": 2}, {"name": "Segers", "turns": 1},
                       {"name": "Bergkamp", "turns": 1}])
    pred = {"speakers": [{"name": "Hijink", "turns": 2}, {"name": "Segers", "turns": 3}]}
    # unmatched gold speakers do not count
    assert score_summary(g, pred).turns == 0.5


def test_organisations_acronym_equals_full_name_via_aliases() -> None:
    g = gold(organisations=[OCW, {"name": "PO-Raad", "aliases": ["PO Raad"]}])
    pred = {"organisations": [{"id": "ocw", "name": "OCW"},
                              {"id": "po", "name": "PO Raad"}]}
    assert score_summary(g, pred).organisations == PRF(1.0, 1.0, 1.0)


def test_optional_organisations_are_neither_required_nor_wrong() -> None:
    g = gold(organisations=[{"name": "PO-Raad"}, {"name": "MBO Raad"}],
             organisations_optional=["sectorraden", "Teams"])
    pred = {"organisations": [{"id": "po-raad", "name": "PO-Raad"},
                              {"id": "s", "name": "Sectorraden"},
                              {"id": "t", "name": "Microsoft", "aliases": ["Teams"]},
                              {"id": "g", "name": "Gemeente Utrecht"}]}
    # 1 of 2 counted predictions is right, 1 of 2 gold organisations is found
    assert score_summary(g, pred).organisations == PRF(0.5, 0.5, 0.5)


def test_organisations_incomplete_and_unannotated() -> None:
    g = gold(organisations=[{"name": "SP"}, {"name": "D66"}], organisations_complete=False)
    pred = {"organisations": [{"name": "SP"}, {"name": "VVD"}]}
    assert score_summary(g, pred).organisations == PRF(None, 0.5, None)
    assert score_summary(gold(), pred).organisations is None


def test_keyword_half_rule() -> None:
    assert keywords_match("Sander pakt dit in augustus op", ["augustus", "sander", "pakt"])
    assert keywords_match("In augustus pakt iemand het op", ["augustus", "sander", "pakt"])
    assert not keywords_match("In augustus gebeurt het", ["augustus", "sander", "pakt"])
    assert keywords_match("iets met CONVENANT", ["convenant"])
    assert keywords_match("debriefing komt", ["debriefing", "fronteers"])  # 1 of 2 is half
    assert not keywords_match("niets", [])


def test_action_points_precision_recall_and_optional() -> None:
    g = gold(action_points=[{"text": "convenant", "keywords": ["convenant"]},
                            {"text": "visie", "keywords": ["visie", "zij-instromer"]},
                            {"text": "november", "keywords": ["november"]}],
             action_points_optional=[{"keywords": ["budgetten"]}])
    pred = {"action_points": [
        {"text": "De sectorraden sluiten een convenant in november."},  # covers two gold items
        {"text": "Er komt een visie."},
        {"text": "Let op de budgetten."},  # optional: right, not found
        {"text": "Koffie halen."},
    ]}
    prf = score_summary(g, pred).action_points
    assert prf.p == 0.75 and prf.r == 1.0
    assert prf.f == pytest.approx(2 * 0.75 / 1.75)


def test_action_points_incomplete_and_empty_gold() -> None:
    pred = {"action_points": [{"text": "Actie: Sander pakt dit op"}]}
    g = gold(action_points=[{"keywords": ["sander", "pakt"]}, {"keywords": ["kortrijk"]}],
             action_points_complete=False)
    assert score_summary(g, pred).action_points == PRF(None, 0.5, None)
    # an empty, complete gold list: every prediction is wrong, recall undefined
    assert score_summary(gold(action_points=[]), pred).action_points == PRF(0.0, None, None)
    assert score_summary(gold(), pred).action_points is None


def test_themes_recall_via_label_or_keywords() -> None:
    g = gold(themes=[{"label": "Zij-instroom", "keywords": ["zij-instro"]},
                     {"label": "Financiering", "keywords": ["geld", "subsidie"]},
                     {"label": "Lerarentekort", "keywords": ["lerarentekort"]}])
    pred = {"themes": [{"label": "Zij-instroom in het onderwijs", "keywords": []},
                       {"label": "Middelen", "keywords": ["Subsidieregeling", "potjes"]}]}
    prf = score_summary(g, pred).themes
    assert prf.p is None and prf.f is None
    assert prf.r == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("gold_date", "predicted", "expected"),
    [
        (dt.date(2020, 10, 6), "2020-10-06", True),
        ("2018-04-05", dt.date(2018, 4, 5), True),
        ("2018-04-05", "2018-04-06", False),
        ("2018-04-05", None, False),
        (None, "2018-04-05", None),
    ],
)
def test_session_date(gold_date: object, predicted: object, expected: bool | None) -> None:
    g = gold(session={"date": gold_date})
    assert score_summary(g, {"session": {"date": predicted}}).date is expected


def test_malformed_entries_are_ignored() -> None:
    g = gold(speakers=[{"name": "Hijink"}], action_points=[{"keywords": ["x"]}])
    pred = {"speakers": ["Hijink", {"name": "Hijink"}], "action_points": [None, {"text": "x"}]}
    scores = score_summary(g, pred)
    assert scores.speakers == PRF(1.0, 1.0, 1.0)
    assert scores.action_points == PRF(1.0, 1.0, 1.0)
