"""Agreement with the reference scorer ``shared/eval/score.py``.

Skipped where ``../shared`` is absent; the matching rules themselves are pinned by hand-worked
expectations in ``test_scoring.py``.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from sessietool.cli.app import app
from sessietool.evaluation.gold import parse_gold
from sessietool.evaluation.report import METRICS, PRF_FIELDS
from sessietool.evaluation.scoring import score_summary

from .eval_helpers import summary_data, write_yaml

_RENAMED = {"speaker_org_acc": "speaker_org", "turns_acc": "turns", "date_ok": "date"}


def _load_reference(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reference_metrics(result: dict[str, Any]) -> dict[str, float | None]:
    """score.py's result for one file in this project's metric names."""
    out: dict[str, float | None] = dict.fromkeys(METRICS)
    for key, value in result.items():
        if key in PRF_FIELDS:
            for part, x in zip("prf", value, strict=True):
                out[f"{key}.{part}"] = x
        else:
            out[_RENAMED[key]] = None if value is None else float(value)
    return out


def _ours(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, float | None]:
    """This project's figures that score.py also gives."""
    metrics = score_summary(parse_gold(gold, "case.yaml"), pred).metrics()
    return {m: metrics[m] for m in METRICS}


def _approx(metrics: dict[str, float | None]) -> dict[str, Any]:
    return {k: (None if v is None else pytest.approx(v, abs=1e-12)) for k, v in metrics.items()}


# -- constructed cases ------------------------------------------------------------------------

NAMES = ["Jan Bogerd", "Bogerd", "De heer Hijink (SP)", "Hijink", "Mevrouw Dijksma (PvdA)",
         "Dijksma", "Minister De Jonge", "Hugo de Jonge", "De Jonge", "Wit", "Jan Wit", "Merel",
         "Merel van Vroonhoven", "voorzitter", "De voorzitter", "Vera Bergkamp", "Bergkamp",
         "Prof. dr. Jansen", "Piet Jansen", "Anneke Sinnema", "-   Anneke Sinnema"]
ORGS = [("Ministerie van Onderwijs, Cultuur en Wetenschap", ["OCW", "ministerie van OCW"]),
        ("OCW", []), ("PO-Raad", ["PO Raad"]), ("MBO Raad", ["MBO-raad"]), ("SP", []),
        ("D66", []), ("sectorraden", []), ("Gemeente Utrecht", []), ("Vereniging Hogescholen",
                                                                      ["VH"])]
KEYWORDS = ["convenant", "november", "visie", "decentraal", "sander", "pakt", "augustus",
            "budgetten", "zij-instro", "geld", "Fronteers"]
DATES = ["2020-10-06", dt.date(2020, 10, 6), "2018-04-05", None]


def _random_case(rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    def some(pool: list[Any], most: int) -> list[Any]:
        return rng.sample(pool, rng.randint(0, min(most, len(pool))))

    gold: dict[str, Any] = {"source": "corpus/x/case.txt"}
    if rng.random() < 0.8:
        gold["session"] = {"date": rng.choice(DATES)}
    gold["speakers"] = []
    for name in some(NAMES, 6):
        speaker: dict[str, Any] = {"name": name}
        if rng.random() < 0.3:
            speaker["label"] = rng.choice(NAMES)
        if rng.random() < 0.3:
            speaker["aliases"] = some(NAMES, 2)
        if rng.random() < 0.5:
            speaker["organisation"] = rng.choice([n for n, _ in ORGS] + ["VH", "ocw"])
        if rng.random() < 0.5:
            speaker["turns"] = rng.randint(0, 3)
        gold["speakers"].append(speaker)
    for key in ("speakers_complete", "organisations_complete", "action_points_complete"):
        if rng.random() < 0.4:
            gold[key] = rng.random() < 0.5
    if rng.random() < 0.7:
        gold["organisations"] = [{"name": n, "aliases": a} for n, a in some(ORGS, 4)]
    if rng.random() < 0.4:
        gold["organisations_optional"] = [n for n, _ in some(ORGS, 2)]
    if rng.random() < 0.7:
        gold["action_points"] = [{"keywords": kws} for kws in
                                 ([k for k in some(KEYWORDS, 3)] for _ in range(rng.randint(0, 3)))
                                 if kws]
    if rng.random() < 0.3:
        gold["action_points_optional"] = [{"keywords": [rng.choice(KEYWORDS)]}]
    if rng.random() < 0.5:
        gold["themes"] = [{"label": "t", "keywords": some(KEYWORDS, 2) or ["geld"]}
                          for _ in range(rng.randint(0, 3))]

    orgs = []
    for i, (name, aliases) in enumerate(some(ORGS, 4)):
        orgs.append({"id": f"o{i}", "name": name, "aliases": some(aliases, 1)})
    pred: dict[str, Any] = {
        "session": {"date": rng.choice(DATES)},
        "speakers": [
            {"id": f"s{i}", "name": n, "aliases": some(NAMES, 1), "turns": rng.randint(0, 3),
             "organisation": rng.choice([None, "SP", *(o["id"] for o in orgs)])}
            for i, n in enumerate(some(NAMES, 6))
        ],
        "organisations": orgs,
        "action_points": [{"text": " en ".join(some(KEYWORDS, 3)) + " dan"}
                          for _ in range(rng.randint(0, 4))],
        "themes": [{"label": rng.choice(["Financiering", "Zij-instroom"]),
                    "keywords": some(KEYWORDS, 2)} for _ in range(rng.randint(0, 2))],
    }
    return gold, pred


@pytest.mark.parametrize("seed", range(400))
def test_random_cases_agree_with_reference(reference_scorer: Path, seed: int) -> None:
    reference = _load_reference(reference_scorer)
    gold, pred = _random_case(random.Random(seed))
    expected = _reference_metrics(reference.score_file(pred, gold))
    assert _ours(gold, pred) == _approx(expected)


def _summary_from_gold(gold: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A plausible imperfect summary made from a gold file: some items kept, some changed."""
    orgs = [{"id": f"o{i}", "name": o["name"], "aliases": list(o.get("aliases") or [])[:1]}
            for i, o in enumerate(gold.get("organisations") or []) if rng.random() < 0.7]
    orgs.append({"id": "extra", "name": "Gemeente Utrecht", "aliases": []})
    speakers = []
    for i, s in enumerate(gold.get("speakers") or []):
        if rng.random() < 0.2:
            continue
        name = str(s.get("name") or s.get("label"))
        if rng.random() < 0.3:
            name = f"Kees {name}"
        speakers.append({"id": f"s{i}", "name": name, "aliases": [],
                         "organisation": rng.choice([None, s.get("organisation"), "extra"]),
                         "turns": (s.get("turns") or 0) + rng.choice([0, 0, 1])})
    speakers.append({"id": "ghost", "name": "Iemand Anders", "aliases": []})
    points = [{"text": " ".join(a["keywords"][: rng.randint(0, len(a["keywords"]))])}
              for a in gold.get("action_points") or []]
    points.append({"text": "Koffie halen."})
    themes = [{"label": t.get("label") or "", "keywords": []} for t in gold.get("themes") or []
              if rng.random() < 0.6]
    date = (gold.get("session") or {}).get("date")
    return {"session": {"date": date if rng.random() < 0.7 else None}, "speakers": speakers,
            "organisations": orgs, "action_points": points, "themes": themes}


def test_development_gold_agrees_with_reference(reference_scorer: Path, tmp_path: Path) -> None:
    """Every real gold file, against summaries derived from it, by both scorers: per file and
    macro (score.py run as a program, this project through the CLI)."""
    gold_dir = reference_scorer.parent / "gold"
    if not gold_dir.is_dir():
        pytest.skip("no development gold files")
    rng = random.Random(8)
    summaries = tmp_path / "summaries"
    reference = _load_reference(reference_scorer)
    gold_files = sorted(gold_dir.glob("*.yaml"))
    for i, path in enumerate(gold_files):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        pred = summary_data(_summary_from_gold(gold, rng))
        if i == 3:
            continue  # one summary missing
        write_yaml(summaries / f"{Path(gold['source']).stem}.yaml", pred)
        expected = _reference_metrics(reference.score_file(pred, gold))
        assert _ours(gold, pred) == _approx(expected), path.name

    proc = subprocess.run([sys.executable, str(reference_scorer), str(summaries), str(gold_dir),
                           "--json"], capture_output=True, text=True, check=True)
    ref_macro = json.loads(proc.stdout)["macro"]
    result = CliRunner().invoke(app, ["evaluate", str(gold_dir), "--summaries", str(summaries),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)
    assert ours["counts"] == {"files": len(gold_files), "scored": len(gold_files) - 1,
                              "unscored": ref_macro["unreadable_or_missing"]}
    figures = {_metric_name(k): v for k, v in ref_macro.items()
               if k not in ("files", "unreadable_or_missing")}
    # the same figures, rounded alike; those score.py does not give never exist
    assert {m: ours["macro"][m] for m in METRICS} == {m: figures.get(m) for m in METRICS}


def _metric_name(reference_key: str) -> str:
    """``speakers.P`` → ``speakers.p``; ``turns_acc`` → ``turns``."""
    field, _, part = reference_key.partition(".")
    return f"{field}.{part.lower()}" if part else _RENAMED[field]


def test_pooled_figures_agree_with_reference(reference_scorer: Path, tmp_path: Path) -> None:
    """Pooled P/R per corpus folder and overall, as ``shared/eval/pooled.py`` gives them, over
    imperfect summaries derived from every development gold file."""
    gold_dir = reference_scorer.parent / "gold"
    pooled_py = reference_scorer.parent / "pooled.py"
    if not gold_dir.is_dir() or not pooled_py.is_file():
        pytest.skip("no development gold files or pooled.py")
    rng = random.Random(15)
    summaries = tmp_path / "summaries"
    groups: set[str] = set()
    for path in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        groups.add(gold["source"].split("/")[1])
        write_yaml(summaries / f"{Path(gold['source']).stem}.yaml",
                   summary_data(_summary_from_gold(gold, rng)))
    result = CliRunner().invoke(app, ["evaluate", str(gold_dir), "--summaries", str(summaries),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.stdout)
    for group in [None, *sorted(groups)]:
        args = [sys.executable, str(pooled_py), str(summaries), str(gold_dir)]
        proc = subprocess.run(args + ([group] if group else []), capture_output=True, text=True,
                              check=True)
        expected = json.loads(proc.stdout)
        figures = ours["pooled"] if group is None else ours["groups"][group]["pooled"]
        for name in ("speakers", "organisations", "action_points"):
            p, r, _ = expected[name]
            assert (figures[name]["p"], figures[name]["r"]) == (p, r), (group, name)
        if group is not None:
            assert ours["groups"][group]["files"] == expected["files"]
