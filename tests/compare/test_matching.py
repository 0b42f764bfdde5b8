from __future__ import annotations

import pytest

from sessietool.compare.matching import (
    DEFAULT_THRESHOLD,
    Candidate,
    content_words,
    match_action_points,
    match_candidates,
    owner_keys,
    similarity,
    slug,
    stopwords,
    text_similarity,
    words_match,
)
from sessietool.summary import ActionPoint


def test_stopwords_come_from_the_package_data_file():
    words = stopwords()
    assert {"de", "het", "een", "van", "en", "op", "actie"} <= words
    assert not any(w.startswith("#") or " " in w for w in words)
    assert "congres" not in words


def test_content_words_fold_case_and_accents_and_drop_stopwords():
    assert content_words("We gáán een Convenant sluiten.") == {"convenant", "sluiten"}
    assert content_words("PPK plaatst het op fronteers.nl") == {"ppk", "plaatst", "fronteers", "nl"}
    assert content_words("a 5 de") == {"5"}


def test_slug_matches_summary_ids():
    assert slug("Peter-Paul Koch") == "peter-paul-koch"
    assert slug("  Ministerie van OCW ") == "ministerie-van-ocw"
    assert slug("Één") == "een"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("verwerkt", "verwerkt", True),
        ("verwerkt", "verwerken", True),
        ("website", "websites", True),
        ("vergadering", "vergaderingen", True),
        ("congres", "congressen", True),
        ("stand", "standaard", False),
        ("leden", "ledenlijst", False),
        ("maakt", "maken", False),
        ("nl", "nlx", False),
    ],
)
def test_words_match_tolerates_inflection_only(a, b, same):
    assert words_match(a, b) is same
    assert words_match(b, a) is same


def test_text_similarity_is_high_for_rewording_and_low_for_other_tasks():
    old = "PPK verwerkt de debriefing van Wilfred en plaatst deze op fronteers.nl."
    assert text_similarity(old, "PPK plaatst de debriefing van Wilfred op fronteers.nl") > 0.85
    assert text_similarity(old, old) == 1.0
    assert text_similarity("Sander pakt dit in augustus op", "Sander schrijft een blogpost") < 0.5
    assert text_similarity("de het een", "congres") == 0.0


def test_owner_keys_resolve_aliases_through_the_summary(make_summary):
    summary = make_summary(
        speakers=[{"id": "peter-paul-koch", "name": "Peter-Paul Koch", "aliases": ["PPK"]}],
        organisations=[{"id": "ocw", "name": "Ministerie van OCW", "aliases": ["OCW"]}],
    )
    assert "peter-paul-koch" in owner_keys(["PPK"], summary)
    assert {"ocw", "ministerie-van-ocw"} <= owner_keys(["Ministerie van OCW"], summary)
    assert owner_keys(["het bestuur"], summary) == {"het-bestuur"}
    assert owner_keys(["PPK"]) == {"ppk"}
    assert owner_keys(["", "  "]) == frozenset()


def test_owner_conflict_lowers_the_similarity():
    a = Candidate.of(ActionPoint(text="De notulen op de website zetten.", kind="action",
                                 owners=["sander"]))
    b = Candidate.of(ActionPoint(text="De notulen op de website zetten.", kind="action",
                                 owners=["krijn"]))
    c = Candidate.of(ActionPoint(text="De notulen op de website zetten.", kind="action"))
    assert similarity(a, c) == 1.0  # no owner on one side: no conflict
    assert similarity(a, b) == pytest.approx(0.6)


def test_match_action_points_pairs_rewordings_across_alias_owners(make_summary):
    old = make_summary(
        speakers=[{"id": "peter-paul-koch", "aliases": ["PPK"]}],
        action_points=[
            {"text": "PPK verwerkt de debriefing en plaatst deze op fronteers.nl.",
             "owners": ["peter-paul-koch"]},
            {"text": "Tom regelt de stickers.", "owners": ["tom"]},
        ],
    )
    new = make_summary(
        speakers=[{"id": "peter-paul-koch", "aliases": ["PPK"]}],
        action_points=[
            {"text": "Nieuwe sponsors zoeken.", "owners": []},
            {"text": "PPK plaatst de debriefing op fronteers.nl.", "owners": ["PPK"]},
        ],
    )
    matches = match_action_points(old.action_points, new.action_points, old_summary=old,
                                  new_summary=new)
    assert [(m.old_index, m.new_index) for m in matches] == [(0, 1)]
    assert 0.8 < matches[0].similarity <= 1.0


def test_matching_is_one_to_one_best_first_and_deterministic():
    def cand(text: str) -> Candidate:
        return Candidate.of(ActionPoint(text=text, kind="action"))

    old = [cand("stickers bestellen voor het congres"), cand("stickers bestellen")]
    new = [cand("stickers bestellen"), cand("stickers bestellen voor het congres")]
    matches = match_candidates(old, new)
    assert [(m.old_index, m.new_index, m.similarity) for m in matches] == [(1, 0, 1.0),
                                                                           (0, 1, 1.0)]
    assert match_candidates(old, new) == matches
    assert match_candidates(old, new, threshold=1.01) == []


def test_one_shared_word_is_a_coincidence():
    assert content_words("Wij front-enders moeten beter worden") == {"front-enders", "beter"}
    assert text_similarity("Wij front-enders moeten er beter van worden.",
                           "Martin is geen front-ender en wil ook geen lid worden.") == 0.0
    # the second has one content word, so one shared word is all it can have: below threshold
    assert text_similarity("Het bestuur beseft dat er iets moet gebeuren.",
                           "Die je graag in het bestuur kunnen en willen.") < DEFAULT_THRESHOLD
    assert text_similarity("Stickers.", "Stickers bestellen.") == pytest.approx(2 / 3)
