"""Key phrases by TextRank on the features (sessietool.extract.keyphrases)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessietool.api import Options, extract_text
from sessietool.extract.keyphrases import _pagerank, _surface, _term_like


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


def _surface_by_pattern(text: str, start: int, words: tuple[str, ...]) -> str:
    pattern = re.compile(r"\W+".join(re.escape(w) for w in words), re.IGNORECASE)
    m = pattern.search(text, start, start + 200)
    return m.group(0) if m else " ".join(words)


@given(
    st.text(alphabet="abAB é-.,_\n'İß", max_size=240),
    st.lists(st.sampled_from(["a", "ab", "Ab", "b-a", "é", "'s", "_a", "ß", "i̇"]), min_size=1,
             max_size=3),
    st.integers(min_value=0, max_value=60),
)
def test_surface_finds_what_the_phrase_pattern_finds(text: str, words: list[str], start: int):
    assert _surface(text, start, tuple(words)) == _surface_by_pattern(text, start, tuple(words))


def test_surface_keeps_the_case_and_the_characters_between_the_words():
    text = "Over de  Digitale\nOverheid-regels en digitale overheid"
    assert _surface(text, 0, ("digitale", "overheid")) == "Digitale\nOverheid"
    assert _surface(text, 20, ("digitale", "overheid")) == "digitale overheid"
    assert _surface(text, 0, ("geen", "treffer")) == "geen treffer"
def test_a_persons_name_is_no_key_phrase():
    from sessietool.extract.keyphrases import _is_name

    names = frozenset({"Sjaak", "Anna"})
    assert _is_name("Sjaak Derksen", names)
    assert not _is_name("Sociale werkvoorziening", names)
    assert not _is_name("Anna", names)  # one word: a term, judged elsewhere
