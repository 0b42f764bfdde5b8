"""Recognise speaker labels such as ``De heer Alkaya (SP)``, ``Jan de Vries`` or ``NAAM``."""
from __future__ import annotations

import re

# Lower-case words allowed inside a personal name or an official's label.
PARTICLES = frozenset(
    ("van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "op", "in", "la", "le", "du")
    + ("di", "da", "dos", "del", "von", "zu", "al", "el", "bin", "heer", "voorzitter", "griffier")
    + ("minister", "staatssecretaris", "minister-president")
)
# Capitalised words that start a minutes marker or metadata line, never a speaker.
NOT_SPEAKERS = frozenset(
    ("actie", "acties", "taak", "taken", "besluit", "besluiten", "conclusie", "agenda", "datum")
    + ("tijd", "locatie", "plaats", "aanwezig", "aanwezigen", "afwezig", "afgemeld", "notulist")
    + ("notulen", "onderwerp", "note", "noot", "nb", "ps", "update", "status", "wens", "vraag")
    + ("antwoord", "zie", "let", "opmerking", "opmerkingen", "link", "url", "http", "https")
    + ("mail", "email", "e-mail", "tel", "telefoon", "bron", "title", "titel", "date", "subject")
    + ("re", "fw", "fwd", "todo", "vervolg", "stand", "voorstel", "advies", "resultaat", "doel")
)
PARTY = re.compile(r"\s*\((?P<party>[^()]{1,60})\)$")
TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|\d{1,3}|[A-Z]\.(?:[A-Z]\.)*)$")
MAX_LABEL_WORDS = 6


def is_speaker_label(label: str) -> bool:
    """True when ``label`` reads as a person or official, not as a sentence or a marker."""
    label = label.strip()
    if not label or len(label) > 80:
        return False
    body = PARTY.sub("", label)
    words = body.split()
    if not 1 <= len(words) <= MAX_LABEL_WORDS:
        return False
    if words[0].lower().strip(".") in NOT_SPEAKERS:
        return False
    if not words[0][0].isupper():
        return False
    for word in words:
        if not TOKEN.match(word):
            return False
        if not (word[0].isupper() or word.isdigit() or word.lower() in PARTICLES):
            return False
    return True

