"""The words of a session text, indexed once: which forms a word is written in.

Extractors that ask, name by name, "is this word also written otherwise in the text?" would scan
the whole text per name (quadratic in a long session); one pass builds this index instead.
"""

from __future__ import annotations

import re
from collections import defaultdict

_RUN = re.compile(r"[\w-]+")


class WordIndex:
    """Every maximal run of word characters and hyphens in a text, by its lower-case form."""

    def __init__(self, text: str) -> None:
        self._forms: dict[str, set[str]] = defaultdict(set)
        for m in _RUN.finditer(text):
            word = m.group(0)
            self._forms[word.lower()].add(word)

    @staticmethod
    def indexable(word: str) -> bool:
        """A word the index can answer for: word characters and hyphens only."""
        return bool(_RUN.fullmatch(word))

    def forms(self, word: str) -> set[str]:
        """The forms the text writes ``word`` in, case-insensitively, as a whole word (what
        ``re.findall(r"(?<![\\w-])WORD(?![\\w-])", text, re.I)`` finds), for an indexable word."""
        return {f for f in self._forms.get(word.lower(), ()) if len(f) == len(word)}

    def has(self, word: str) -> bool:
        """The text writes the indexable ``word`` as a whole word, exactly so."""
        return word in self._forms.get(word.lower(), ())
