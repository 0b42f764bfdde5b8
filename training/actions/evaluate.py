"""Action points of summaries against the gold, pooled per corpus group, with kind and owner
accuracy on the matched items (the figures of the model card).

    python training/actions/evaluate.py SUMMARY_DIR GOLD_DIR [GROUP...]

Matching is the reference scorer's (``score.py`` beside GOLD_DIR: a prediction matches a gold
item when its text holds half of the item's keywords). Kind accuracy: of the matched gold items
with a kind, the share whose first matching prediction has that kind. Owner accuracy: of the
matched gold items with an owner, the share whose prediction names an owner that shares a word
with it (ids resolved to names through the summary).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

GROUPS = ("overheid-overleg", "reports-nl", "fronteers-notulen", "verdiepingssessie")


def _words(text: str) -> set[str]:
    text = re.sub(r"\(.*?\)", "", text.casefold())
    return {w for w in re.findall(r"[^\W\d_]{2,}", text)} - {"van", "de", "der", "den", "het"}


def _names(summary: dict) -> dict[str, str]:
    out = {}
    for key in ("speakers", "people_mentioned", "organisations"):
        for item in summary.get(key) or []:
            out[item["id"]] = " ".join([item["name"], *(item.get("aliases") or [])])
    return out


def evaluate(summary_dir: Path, gold_dir: Path, groups: tuple[str, ...] = GROUPS) -> dict:
    sys.path.insert(0, str(gold_dir.resolve().parent))
    from score import kw_match  # the reference scorer's matching

    out = {}
    for group in groups:
        c = {"tp_p": 0, "n_p": 0, "tp_r": 0, "n_r": 0, "kind": [0, 0], "owner": [0, 0]}
        for gf in sorted(gold_dir.glob("*.yaml")):
            gold = yaml.safe_load(gf.read_text(encoding="utf-8"))
            if gold["source"].split("/")[1] != group or gold.get("action_points") is None:
                continue
            sf = summary_dir / f"{Path(gold['source']).stem}.yaml"
            pred = yaml.safe_load(sf.read_text(encoding="utf-8")) if sf.exists() else {}
            points = (pred or {}).get("action_points") or []
            names = _names(pred or {})
            ga, opt = gold["action_points"], gold.get("action_points_optional") or []
            for g in ga:
                hit = next((p for p in points if kw_match(str(p["text"]), g["keywords"])), None)
                c["n_r"] += 1
                if hit is None:
                    continue
                c["tp_r"] += 1
                if g.get("kind"):
                    c["kind"][1] += 1
                    c["kind"][0] += hit.get("kind") == g["kind"]
                if g.get("owner"):
                    c["owner"][1] += 1
                    said = set().union(*(_words(names.get(o, o)) for o in hit.get("owners") or []))
                    c["owner"][0] += bool(said & _words(str(g["owner"])))
            if gold.get("action_points_complete", True):
                c["n_p"] += len(points)
                c["tp_p"] += sum(
                    any(kw_match(str(p["text"]), g["keywords"]) for g in ga + opt) for p in points
                )
        p = c["tp_p"] / c["n_p"] if c["n_p"] else None
        r = c["tp_r"] / c["n_r"] if c["n_r"] else None
        out[group] = {
            "p": None if p is None else round(p, 3),
            "r": None if r is None else round(r, 3),
            "kind": round(c["kind"][0] / c["kind"][1], 3) if c["kind"][1] else None,
            "owner": round(c["owner"][0] / c["owner"][1], 3) if c["owner"][1] else None,
            "gold": c["n_r"],
            "predicted": c["n_p"],
        }
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    groups = tuple(args[2:]) or GROUPS
    for group, figures in evaluate(Path(args[0]), Path(args[1]), groups).items():
        print(group, json.dumps(figures))
