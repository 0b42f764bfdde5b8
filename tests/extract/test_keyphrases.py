"""Key phrases by TextRank on the features (sessietool.extract.keyphrases)."""

from __future__ import annotations

from collections import Counter

import pytest

from sessietool.api import Options, extract_text
from sessietool.extract.keyphrases import _pagerank, _term_like


def test_pagerank_ranks_the_hub_highest():
    edges = {
        "hub": Counter({"a": 1, "b": 1, "c": 1}),
        "a": Counter({"hub": 1}),
        "b": Counter({"hub": 1}),
        "c": Counter({"hub": 1}),
    }
    rank = _pagerank(edges)
    assert max(rank, key=rank.get) == "hub"
    assert sum(rank.values()) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("word", "ok"), [("CloudEvents", True), ("FSC", True), ("ebMS3", True), ("OIN-stelsel", True),
                     ("onderwijs", False), ("Strategie", False), ("poet", False)],
)
def test_single_words_only_when_written_as_a_term(word: str, ok: bool):
    assert _term_like(word) is ok


TEXT = (
    "De werkgroep bespreekt de nieuwe API design rules. "
    "Jan Jansen licht de API design rules toe.\n\n"
    "De modulaire opbouw van de standaard is gewenst. Een modulaire opbouw maakt de API design "
    "rules eenvoudiger. De deelnemers van de vergadering zijn het eens over de modulaire opbouw.\n"
)


@pytest.fixture(scope="module")
def summary():
    return extract_text(TEXT, name="verslag.txt", options=Options())


def test_key_phrases_are_multiword_surface_forms(summary):
    labels = [t.label for t in summary.themes if t.source == "keyphrase"]
    assert "modulaire opbouw" in labels  # as written, not the lemma "modulair opbouw"
    assert all(" " in label for label in labels)


def test_key_phrases_leave_out_people_and_meeting_words(summary):
    blob = " ".join(k for t in summary.themes for k in [t.label, *t.keywords]).casefold()
    assert "jansen" not in blob and "deelnemer" not in blob and "vergadering" not in blob


def test_no_key_phrases_for_text_in_another_language():
    text = "You know, this weighs one mole. You know how much space this one takes? " * 3
    s = extract_text(text, name="talk.txt", options=Options())
    assert [t for t in s.themes if t.source == "keyphrase"] == []


def test_a_persons_name_is_no_key_phrase():
    from sessietool.extract.keyphrases import _is_name

    names = frozenset({"Sjaak", "Anna"})
    assert _is_name("Sjaak Derksen", names)
    assert not _is_name("Sociale werkvoorziening", names)
    assert not _is_name("Anna", names)  # one word: a term, judged elsewhere
