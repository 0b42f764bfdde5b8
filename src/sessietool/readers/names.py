"""Recognise speaker labels such as ``De heer Alkaya (SP)``, ``Jan de Vries`` or ``NAAM``."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..language import LanguageData

# The lower-case words allowed inside a label and the words that start a marker line are
# language data: data/name_words.yaml (label_particles, not_speakers), through LanguageData.
PARTY = re.compile(r"\s*\((?P<party>[^()]{1,60})\)$")
TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|\d{1,3}|[A-Z]\.(?:[A-Z]\.)*)$")
MAX_LABEL_WORDS = 6


def _words(language: LanguageData | None) -> tuple[frozenset[str], frozenset[str]]:
    from ..language import load_language_data

    lang = language or load_language_data()
    return lang.label_particles(), lang.not_speakers()


def is_speaker_label(label: str, language: LanguageData | None = None) -> bool:
    """True when ``label`` reads as a person or official, not as a sentence or a marker.
    ``language`` defaults to the package's language data."""
    label = label.strip()
    if not label or len(label) > 80:
        return False
    body = PARTY.sub("", label)
    words = body.split()
    if not 1 <= len(words) <= MAX_LABEL_WORDS:
        return False
    particles, not_speakers = _words(language)
    if words[0].lower().strip(".") in not_speakers:
        return False
    if not words[0][0].isupper():
        return False
    for word in words:
        if not TOKEN.match(word):
            return False
        if not (word[0].isupper() or word.isdigit() or word.lower() in particles):
            return False
    return True

