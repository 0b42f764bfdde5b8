"""Helpers for the evaluation tests: gold files and summaries built from small dicts."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from sessietool.evaluation.gold import GoldFile, parse_gold

REFERENCE_SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


def gold(**fields: Any) -> GoldFile:
    """A validated gold file from keyword fields (``source`` defaults to a dummy path)."""
    return parse_gold({"source": "corpus/x/case.txt", **fields}, "case.yaml")


def write_yaml(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def summary_data(parts: dict[str, Any]) -> dict[str, Any]:
    """A summary that validates against the model, from the fields a test cares about: the
    header added, and the required fields scoring does not read (theme ids and scores, action
    kinds) filled in."""
    themes = [{"id": f"t{i}", "score": 0.0, **t} for i, t in enumerate(parts.get("themes", []))]
    points = [{"kind": "action", **a} for a in parts.get("action_points", [])]
    return {
        "schema": "sessietool.summary/v2",
        "source": {"path": "case.txt", "sha256": "0" * 64, "format": "report", "words": 1},
        "generator": {"tool": "sessietool test", "model": "none"},
        **parts,
        "themes": themes,
        "action_points": points,
    }
