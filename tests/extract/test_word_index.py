import re

import pytest

from sessietool.extract.word_index import WordIndex

TEXT = "Websub en WebSub; websub-hub, WEBSUB. Federatieve Toegang en federatieve toegang. Vink."


@pytest.mark.parametrize("word", ["Websub", "websub", "Federatieve", "toegang", "Vink", "Hub"])
def test_forms_are_what_a_whole_word_search_finds(word: str) -> None:
    expected = set(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", TEXT, re.IGNORECASE))
    assert WordIndex(TEXT).forms(word) == expected


def test_has_is_case_sensitive_and_whole_word() -> None:
    index = WordIndex(TEXT)
    assert index.has("federatieve") and index.has("Federatieve")
    assert not index.has("FEDERATIEVE")
    assert not index.has("hub")  # only inside "websub-hub"
    assert index.has("websub-hub")


def test_indexable_words_only() -> None:
    assert WordIndex.indexable("Peter-Paul")
    assert not WordIndex.indexable("O'Brien")
    assert not WordIndex.indexable("J.")


@pytest.mark.parametrize(
    "phrase",
    ["federatieve toegang", "Federatieve Toegang", "en federatieve", "toegang en", "websub-hub",
     "WEBSUB", "hub", "en", "Toegang en federatieve toegang", "sub en"],
)
def test_occurs_is_a_whole_word_search(phrase: str) -> None:
    expected = bool(re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", TEXT))
    assert WordIndex(TEXT).occurs(phrase) is expected


def test_occurs_cannot_tell_for_other_characters() -> None:
    assert WordIndex(TEXT).occurs("O'Brien zegt") is None
