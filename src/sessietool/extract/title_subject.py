"""The subject a parliamentary item's title names, without its procedure and date:
"Stemmingen moties Informele Milieuraad d.d. 10-11 april 2018" → "Informele Milieuraad",
"VAO Emancipatiebeleid" → "Emancipatiebeleid". The words are in ``data/theme_words.yaml``
(``title_procedure``, ``title_date_marks``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..dates import MONTH_NAMES
from .agenda_items import theme_words


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    words = theme_words()
    lead = sorted(words.get("title_procedure", frozenset()), key=len, reverse=True)
    marks = sorted(words.get("title_date_marks", frozenset()), key=len, reverse=True)
    opening = (
        re.compile(rf"^(?:{'|'.join(re.escape(w) for w in lead)})\s+", re.I) if lead else None
    )
    mark = f"(?:(?:{'|'.join(re.escape(m) for m in marks)})\\s+)?" if marks else ""
    day = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    date = rf"(?:{day}\s+(?:{MONTH_NAMES})\s+\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"
    closing = re.compile(rf"\s+{mark}{date}\s*$", re.I)
    return opening, closing


def title_subject(label: str) -> str:
    """``label`` without the procedure words it opens with and the date it closes with; the
    label itself when nothing would be left."""
    opening, closing = _patterns()
    text = closing.sub("", label).strip()
    if opening is not None:
        text = opening.sub("", text, count=1).strip()
    if not re.search(r"[^\W\d_]{3,}", text):
        return label
    return text[:1].upper() + text[1:] if label[:1].isupper() else text
