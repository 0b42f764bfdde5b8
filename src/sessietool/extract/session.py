"""The session's title: stated by the file, its first heading, or its file name."""

from __future__ import annotations

import re
from pathlib import Path

from ..summary import Session
from .context import SessionDoc
from .text import squash


def session_info(session: SessionDoc, date: str | None) -> Session:
    """Title and date of the session."""
    t = session.transcript
    title = t.title
    if not title:
        title = next((s.text for s in session.segments if s.kind == "heading"), None)
    if not title and session.path and session.path != "-":
        stem = re.sub(r"[-_]+", " ", Path(session.path).stem)
        title = stem[:1].upper() + stem[1:]
    return Session(title=squash(title) if title else None, date=date)
