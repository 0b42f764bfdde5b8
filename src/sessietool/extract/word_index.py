"""The words of a session text, indexed once: which forms a word is written in, and where.

Extractors that ask, name by name, "is this word also written otherwise in the text?" would scan
the whole text per name (quadratic in a long session); one pass builds this index instead.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict

_RUN = re.compile(r"[\w-]+")
_WORD_CHAR = re.compile(r"[\w-]")


class WordIndex:
    """Every maximal run of word characters and hyphens in a text: where each form starts, and
    the forms by their lower-case form."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: dict[str, array[int]] = defaultdict(lambda: array("q"))
        self._forms: dict[str, set[str]] = defaultdict(set)
        for m in _RUN.finditer(text):
            word = m.group(0)
            self._at[word].append(m.start())
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

    def occurs(self, phrase: str) -> bool | None:
        """The text has ``phrase`` (indexable words joined by single spaces) exactly so, between
        word boundaries (``re.search(r"(?<![\\w-])PHRASE(?![\\w-])", text)``); None for a phrase
        the index cannot answer for. Looked for where its rarest word is."""
        words = phrase.split(" ")
        if not all(map(self.indexable, words)):
            return None
        offsets, pos = [], 0
        for w in words:
            offsets.append(pos)
            pos += len(w) + 1
        k = min(range(len(words)), key=lambda j: len(self._at.get(words[j], ())))
        text, size = self.text, len(phrase)
        for at in self._at.get(words[k], ()):
            start = at - offsets[k]
            if (
                start >= 0
                and text.startswith(phrase, start)
                and not (start and _WORD_CHAR.match(text, start - 1))
                and not _WORD_CHAR.match(text, start + size)
            ):
                return True
        return False
