"""Which language a session is in, from its function words, and what that means for names.

sessietool's rules, word lists and bundled model are for Dutch. A text that is clearly in another
language (its own function words far outnumber the Dutch ones) gets its code in
``source.language`` and a warning; names made of that language's function words or fillers
("If", "Alright", "And I", which the Dutch pipeline takes for names) are dropped from its
speakers and people. The word lists are package data (``data/function_words.yaml``).
"""
from __future__ import annotations

import functools
import re

from ..language import LanguageData
from ..summary import Summary

MIN_WORDS = 40  # fewer words than this: too little to tell (language null)
MIN_SHARE = 0.12  # below this share of function words no language is named
MARGIN = 2.0  # another language must have this many times Dutch's share to win
NAMES = {"nl": "Dutch", "en": "English", "de": "German", "fr": "French"}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@functools.cache
def _lists() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    data = LanguageData.function_words()
    langs = {code: frozenset(map(str, words)) for code, words in data["languages"].items()}
    names = {code: frozenset(map(str, words)) for code, words in data["not_names"].items()}
    return langs, names


def shares(text: str) -> tuple[int, dict[str, float]]:
    """Words in the text, and per language the share of them that are its function words."""
    words = _WORD.findall(text.lower())
    langs, _ = _lists()
    if not words:
        return 0, {code: 0.0 for code in langs}
    return len(words), {code: sum(w in vocab for w in words) / len(words)
                        for code, vocab in langs.items()}


def detect_language(text: str) -> str | None:
    """``nl``, or another language's code when the text is clearly in it; None when the text is
    too short or has too few known function words to tell."""
    count, share = shares(text)
    if count < MIN_WORDS:
        return None
    best = max(share, key=lambda code: (share[code], code == "nl"))
    if share[best] < MIN_SHARE:
        return None
    if best != "nl" and share[best] < MARGIN * share.get("nl", 0.0):
        return "nl"
    return best


def _function_words(name: str, language: str) -> list[bool]:
    """Per word of ``name``: is it (or its part before an apostrophe: I've) a function word or
    filler of ``language``?"""
    _, names = _lists()
    vocab = names.get(language, frozenset())
    return [w in vocab or w.split("'")[0] in vocab for w in _WORD.findall(name.lower())]


def is_function_word_name(name: str, language: str) -> bool:
    """A person's name with a function word or filler of ``language`` in it ("And I")."""
    return any(_function_words(name, language))


def is_function_word_organisation(name: str, language: str) -> bool:
    """An organisation's name made only of function words or fillers ("Also"); a real one may
    have some ("Bank of America")."""
    flags = _function_words(name, language)
    return bool(flags) and all(flags)


def invented_names(summary: Summary, language: str) -> list[tuple[str, str]]:
    """(id, name) of the speakers (without turns), people and organisations (not from the
    gazetteer) whose name is made with function words of ``language``, in summary order."""
    removed = [s for s in summary.speakers
               if not s.turns and is_function_word_name(s.name, language)]
    people = [p for p in summary.people_mentioned if is_function_word_name(p.name, language)]
    orgs = [o for o in summary.organisations
            if o.kind == "overig" and is_function_word_organisation(o.name, language)]
    return [(x.id, x.name) for x in (*removed, *people, *orgs)]


def not_dutch_warning(path: str, language: str, dropped: int) -> str:
    """The one warning line for a session whose text is in another language."""
    name = NAMES.get(language, language)
    left_out = f" (left out {dropped} names made of {name} words)" if dropped else ""
    return (f"{path}: the text looks {name}, not Dutch; sessietool reads Dutch, so speakers, "
            f"organisations and themes may be incomplete or wrong{left_out}")
