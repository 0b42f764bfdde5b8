"""Reports analysts read: one page per session and an index per folder (HTML or Markdown).

Library first: :func:`render_session` returns one session's page as text, :func:`build_index` and
:func:`render_index` a folder's index with the action register and the trends chart;
:mod:`.load` reads what the ``report`` command is given and :mod:`.terminal` prints the overview
with rich (``sessietool show``).
"""
from __future__ import annotations

from .folder import FolderIndex, IndexRow, build_index
from .model import SessionPage, build_page
from .register import RegisterEntry, action_register
from .render import FORMATS, render_index, render_session

__all__ = [
    "FORMATS",
    "FolderIndex",
    "IndexRow",
    "RegisterEntry",
    "SessionPage",
    "action_register",
    "build_index",
    "build_page",
    "render_index",
    "render_session",
]
