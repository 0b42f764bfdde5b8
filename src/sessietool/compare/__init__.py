"""Comparing sessions: the diff of two summaries and trends over many.

Library first: ``diff_summaries(old, new) -> SummaryDiff`` and ``trends(summaries) -> Trends``
return data; :mod:`.render` and :mod:`.plot` turn it into tables, text and charts. Nothing here
imports spaCy (session files given to :func:`load_or_extract` are extracted lazily).
"""
from __future__ import annotations

from ..summary_file import load_summary, summary_from_data
from .diff import (
    ActionPointDiff,
    CarriedOver,
    ChangedItem,
    EntityDiff,
    FieldChange,
    Item,
    SessionRef,
    SummaryDiff,
    diff_summaries,
)
from .load import load_or_extract, load_summary_dir
from .matching import match_action_points
from .trends import ActionThread, PresenceSeries, ThemeSeries, Trends, TrendSession, trends

__all__ = [
    "ActionPointDiff",
    "ActionThread",
    "CarriedOver",
    "ChangedItem",
    "EntityDiff",
    "FieldChange",
    "Item",
    "PresenceSeries",
    "SessionRef",
    "SummaryDiff",
    "ThemeSeries",
    "TrendSession",
    "Trends",
    "diff_summaries",
    "load_or_extract",
    "load_summary",
    "load_summary_dir",
    "match_action_points",
    "summary_from_data",
    "trends",
]
