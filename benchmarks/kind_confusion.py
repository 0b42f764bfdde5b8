"""Confusion matrix of action-point kinds: gold kind against the kind of the matched prediction.

Usage: python benchmarks/kind_confusion.py SUMMARIES_DIR GOLD_DIR [--show]
(--show also prints each mismatched prediction's text; a diagnostic, not for tuning rules).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

from sessietool.evaluation.gold import load_gold
from sessietool.evaluation.scoring import keywords_match


def confusion(summaries: Path, gold_dir: Path, show: bool = False) -> Counter[tuple[str, str]]:
    """Count (gold kind, predicted kind) pairs over matched action points."""
    counts: Counter[tuple[str, str]] = Counter()
    for path in sorted(summaries.glob("*.yaml")):
        gold_path = gold_dir / path.name
        if not gold_path.exists():
            continue
        gold = load_gold(gold_path)
        summary = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries = summary.get("action_points") or []
        for point in gold.action_points:
            if not point.kind:
                continue
            match = next((e for e in entries
                          if keywords_match(str(e.get("text", "")), point.keywords)), None)
            if match is None:
                continue
            predicted = str(match.get("kind") or "")
            counts[(point.kind, predicted)] += 1
            if show and predicted != point.kind:
                print(f"{point.kind} -> {predicted}: {str(match.get('text', ''))[:100]}")
    return counts


def main(argv: list[str]) -> None:
    """Print the confusion matrix."""
    counts = confusion(Path(argv[0]), Path(argv[1]), "--show" in argv)
    right = sum(n for (g, p), n in counts.items() if g == p)
    for (gold_kind, predicted), n in sorted(counts.items()):
        mark = "" if gold_kind == predicted else "  <-"
        print(f"gold={gold_kind:<12} pred={predicted:<12} {n}{mark}")
    total = sum(counts.values())
    print(f"kind accuracy {right}/{total} = {right / total:.3f}" if total else "no matched kinds")


if __name__ == "__main__":
    main(sys.argv[1:])
