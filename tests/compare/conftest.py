"""Summaries built by hand for the compare tests (no spaCy, no extractor needed)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

try:  # the package may not be installed into the venv yet
    import sessietool  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from sessietool.summary import Summary  # noqa: E402


def build_summary(
    *,
    path: str = "session.md",
    date: str | None = None,
    title: str | None = None,
    speakers: list[dict[str, Any]] = (),
    organisations: list[dict[str, Any]] = (),
    themes: list[dict[str, Any]] = (),
    action_points: list[dict[str, Any]] = (),
    model: str = "nl_sessie_sm 0.1.0",
) -> Summary:
    """A summary from short dicts; missing fields get the data model's defaults."""
    def named(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"name": i["id"].replace("-", " ").title(), **i} for i in items]

    return Summary.from_dict(
        {
            "schema": "sessietool.summary/v1",
            "source": {"path": path, "sha256": "0" * 64, "format": "markdown", "words": 100},
            "generator": {"tool": "sessietool 0.1.0", "model": model},
            "session": {"title": title, "date": date},
            "speakers": named(list(speakers)),
            "organisations": named(list(organisations)),
            "themes": [{"label": t["id"].title(), **t} for t in themes],
            "action_points": [{"kind": "action", **a} for a in action_points],
        }
    )


@pytest.fixture
def make_summary():
    return build_summary


@pytest.fixture
def fronteers_pair() -> tuple[Summary, Summary]:
    return build_fronteers_pair()


def build_fronteers_pair() -> tuple[Summary, Summary]:
    """Two board meetings: one speaker leaves, one joins, themes shift, action points move on."""
    old = build_summary(
        path="01-06-2010.md",
        date="2010-06-01",
        title="Bestuursvergadering juni",
        speakers=[
            {"id": "peter-paul-koch", "aliases": ["PPK"], "mentions": 4},
            {"id": "sander-van-lambalgen", "aliases": ["Sander"], "mentions": 2},
            {"id": "tom-greuter", "mentions": 1},
        ],
        organisations=[
            {"id": "fronteers", "mentions": 5, "kind": "overig"},
            {"id": "mirabeau", "mentions": 1, "kind": "bedrijf"},
        ],
        themes=[
            {"id": "congres", "score": 0.5},
            {"id": "onderwijs", "score": 0.3},
            {"id": "forum", "score": 0.2},
        ],
        action_points=[
            {"text": "PPK verwerkt de debriefing van Wilfred en plaatst deze op fronteers.nl.",
             "owners": ["peter-paul-koch"], "line": 20},
            {"text": "Sander pakt het forum in augustus op.", "owners": ["sander-van-lambalgen"],
             "line": 27},
            {"text": "Tom regelt de stickers voor het congres.", "owners": ["tom-greuter"],
             "line": 40},
        ],
    )
    new = build_summary(
        path="06-07-2010.md",
        date="2010-07-06",
        title="Bestuursvergadering juli",
        speakers=[
            {"id": "peter-paul-koch", "aliases": ["PPK"], "mentions": 6, "role": "voorzitter"},
            {"id": "sander-van-lambalgen", "aliases": ["Sander"], "mentions": 2},
            {"id": "krijn-hoetmer", "mentions": 3},
        ],
        organisations=[
            {"id": "fronteers", "mentions": 7, "kind": "overig"},
            {"id": "appoint", "mentions": 1, "kind": "bedrijf"},
        ],
        themes=[
            {"id": "congres", "score": 0.6},
            {"id": "forum", "score": 0.25},
            {"id": "lidmaatschap", "score": 0.15},
        ],
        action_points=[
            {"text": "Krijn schrijft een blogpost over het congres.", "owners": ["krijn-hoetmer"],
             "line": 5},
            {"text": "PPK plaatst de debriefing van Wilfred op fronteers.nl.", "owners": ["PPK"],
             "line": 12},
            {"text": "Sander pakt het forum in augustus op.", "owners": ["sander-van-lambalgen"],
             "line": 30},
        ],
    )
    return old, new
