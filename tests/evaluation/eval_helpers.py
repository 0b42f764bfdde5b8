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
