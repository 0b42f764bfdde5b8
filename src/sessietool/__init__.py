"""sessietool: speakers, organisations, themes and action points from Dutch session notes.

The public API is imported lazily so that ``sessietool --help`` does not import spaCy.
"""
from __future__ import annotations

TYPE_CHECKING = False  # not imported from typing: `sessietool --help` must start fast

__version__ = "0.1.0"

__all__ = ["__version__", "extract_session", "extract_text", "read_transcript"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import extract_session, extract_text
    from .readers import read_transcript


def __getattr__(name: str) -> object:
    if name in ("extract_session", "extract_text"):
        from . import api

        return getattr(api, name)
    if name == "read_transcript":
        from .readers import read_transcript

        return read_transcript
    raise AttributeError(name)
