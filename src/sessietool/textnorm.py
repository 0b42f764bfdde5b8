"""Text normalisation shared by ids, file names and matching: accent folding and slugs.

One rule for every slug in the package (summary ids, owner keys when action points are matched
across sessions): :func:`slugify`. Letters that Unicode does not decompose into an ASCII base
(``ø``, ``æ``, ``ß``, ``ł`` …) are transliterated, so ``"Søren Ødegaard"`` is ``soren-odegaard``.
"""
from __future__ import annotations

import re
import unicodedata

# Letters NFKD leaves alone (no combining mark to strip), as their usual ASCII spelling.
SPECIAL_LETTERS = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ẞ": "SS",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
    "ı": "i", "ħ": "h", "Ħ": "H",
})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case, accents stripped, special letters transliterated: ``"Gáán"`` -> ``"gaan"``,
    ``"Ødegaard"`` -> ``"odegaard"``. Other non-ASCII letters are kept."""
    decomposed = unicodedata.normalize("NFKD", text.translate(SPECIAL_LETTERS).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """Lower-case ASCII slug, ``""`` when nothing is left: ``"Peter-Paul Koch"`` ->
    ``"peter-paul-koch"``, ``"Søren Ødegaard"`` -> ``"soren-odegaard"``. What is still not
    ASCII after :func:`fold` (a curly apostrophe, a non-Latin letter) is dropped, not a
    separator: ``"API’s"`` -> ``"apis"``."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    return _NON_SLUG.sub("-", ascii_text).strip("-")


def slugify(text: str) -> str:
    """:func:`slug` for an id, which is never empty (``"x"`` then)."""
    return slug(text) or "x"
