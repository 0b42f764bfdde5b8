"""``sessietool evaluate`` / ``evaluate-ner`` through the CLI, with exact exit codes. No NLP: the
summaries are written here, extraction and the pipeline are replaced by stubs."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sessietool.cli.app import app

from ..evaluation.eval_helpers import summary_data, write_yaml

runner = CliRunner()

GOLD_A = {
    "source": "corpus/handelingen/h-tk-a.txt",
    "session": {"date": "2018-04-05"},
    "speakers": [{"name": "Hijink", "label": "De heer Hijink (SP)", "organisation": "SP",
                  "turns": 2},
                 {"name": "Segers", "organisation": "ChristenUnie", "turns": 1}],
    "organisations": [{"name": "SP"}, {"name": "ChristenUnie"}],
    "action_points": [{"keywords": ["verzoekt", "regering", "mantelzorg"]}],
}
SUMMARY_A = summary_data({
    "session": {"date": "2018-04-05"},
    "speakers": [{"id": "hijink", "name": "Hijink", "organisation": "sp", "turns": 2},
                 {"id": "voorzitter", "name": "voorzitter", "organisation": None, "turns": 5}],
    "organisations": [{"id": "sp", "name": "SP"}],
    "action_points": [{"text": "verzoekt de regering de mantelzorg te steunen"}],
})
GOLD_B = {
    "source": "corpus/fronteers/01-06-2010.md",
    "speakers": [{"name": "Arjan Eising"}, {"name": "Krijn Hoetmer"}],
    "speakers_complete": False,
    "themes": [{"label": "Congres", "keywords": ["congres"]}],
}
SUMMARY_B = summary_data({
    "session": {"date": None},
    "speakers": [{"id": "a", "name": "Arjan Eising"}, {"id": "x", "name": "Iemand"}],
    "themes": [{"label": "Congresorganisatie", "keywords": []}],
})


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    gold = tmp_path / "shared" / "eval" / "gold"
    write_yaml(gold / "h-tk-a.yaml", GOLD_A)
    write_yaml(gold / "01-06-2010.yaml", GOLD_B)
    return gold


@pytest.fixture
def summaries(tmp_path: Path) -> Path:
    out = tmp_path / "summaries"
    write_yaml(out / "h-tk-a.yaml", SUMMARY_A)
    write_yaml(out / "01-06-2010.yaml", SUMMARY_B)
    return out


def _run(*args: str) -> Any:
    return runner.invoke(app, ["evaluate", *args])


def test_json_figures(gold_dir: Path, summaries: Path) -> None:
    result = _run(str(gold_dir), "--summaries", str(summaries), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    files = {f["gold"]: f for f in data["files"]}
    a = files["h-tk-a.yaml"]["metrics"]
    assert (a["speakers.p"], a["speakers.r"], a["speakers.f"]) == (0.5, 0.5, 0.5)
    assert (a["speaker_org"], a["turns"], a["date"]) == (1.0, 1.0, 1.0)
    assert (a["organisations.p"], a["organisations.r"]) == (1.0, 0.5)
    assert a["action_points.f"] == 1.0
    b = files["01-06-2010.yaml"]["metrics"]
    assert (b["speakers.p"], b["speakers.r"], b["themes.r"], b["date"]) == (None, 0.5, 1.0, None)
    assert data["macro"]["speakers.r"] == 0.5
    assert data["macro"]["speakers.p"] == 0.5
    assert data["macro"]["themes.r"] == 1.0
    assert data["counts"] == {"files": 2, "scored": 2, "unscored": 0}
    assert data["failed"] == []
    assert files["h-tk-a.yaml"]["summary"].endswith("h-tk-a.yaml")


def test_table(gold_dir: Path, summaries: Path) -> None:
    result = _run(str(gold_dir), "--summaries", str(summaries), "--groups")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in ("h-tk-a.yaml", "01-06-2010.yaml", "MACRO", "spk F", "handelingen (1)",
                 "fronteers (1)", "0.667", "2 of 2 files scored", "pooled over items"):
        assert text in out


def test_json_groups_by_source_folder_with_pooled_figures(gold_dir: Path, summaries: Path) -> None:
    result = _run(str(gold_dir), "-s", str(summaries), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data["groups"]) == ["fronteers", "handelingen"]
    hand = data["groups"]["handelingen"]
    assert hand["files"] == 1
    assert hand["pooled"]["speakers"] == {"p": 0.5, "r": 0.5, "f": 0.5}
    assert hand["pooled"]["action_points"]["r"] == 1.0
    # pooled over both files: 2 of 4 gold speakers found; precision only from the complete file
    assert data["pooled"]["speakers"] == {"p": 0.5, "r": 0.5, "f": 0.5}
    assert data["groups"]["fronteers"]["pooled"]["speakers"]["p"] is None
    assert data["files"][0]["group"] == "fronteers"


def test_floors_pass_fail_and_bad_file(gold_dir: Path, summaries: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.txt"
    floors.write_text("# comment\nhandelingen: speakers.pooled.r >= 0.5\n"
                      "all: themes.r >= 1   # macro\n", encoding="utf-8")
    ok = _run(str(gold_dir), "-s", str(summaries), "--floors", str(floors))
    assert ok.exit_code == 0, ok.output
    floors.write_text("handelingen: speakers.pooled.r >= 0.6\nnope: date >= 0.1\n",
                      encoding="utf-8")
    bad = _run(str(gold_dir), "-s", str(summaries), "--floors", str(floors))
    assert bad.exit_code == 1
    assert "handelingen: speakers.pooled.r 0.500 is below the floor 0.6" in bad.stderr
    assert "no gold files in group 'nope'" in bad.stderr
    floors.write_text("handelingen: speakers.pooled.x >= 0.6\n", encoding="utf-8")
    usage = _run(str(gold_dir), "-s", str(summaries), "--floors", str(floors))
    assert usage.exit_code == 2
    assert "line 1: unknown figure 'speakers.pooled.x'" in usage.stderr


def test_misses_file_and_listing(gold_dir: Path, summaries: Path, tmp_path: Path) -> None:
    out = tmp_path / "misses.json"
    result = _run(str(gold_dir), "-s", str(summaries), "--misses", str(out), "--show-misses")
    assert result.exit_code == 0, result.output
    data = {f["gold"]: f["misses"] for f in json.loads(out.read_text(encoding="utf-8"))}
    assert {"field": "speakers", "kind": "missed", "text": "Segers"} in data["h-tk-a.yaml"]
    assert {"field": "speakers", "kind": "spurious", "text": "voorzitter"} in data["h-tk-a.yaml"]
    assert {"field": "organisations", "kind": "missed", "text": "ChristenUnie"} \
        in data["h-tk-a.yaml"]
    # the Fronteers list is incomplete: "Iemand" is not called spurious
    assert data["01-06-2010.yaml"] == [
        {"field": "speakers", "kind": "missed", "text": "Krijn Hoetmer"}]
    assert "missed             Segers" in result.stdout
    yaml_out = tmp_path / "misses.yaml"
    assert _run(str(gold_dir), "-s", str(summaries), "--misses", str(yaml_out)).exit_code == 0
    assert "kind: spurious" in yaml_out.read_text(encoding="utf-8")


def test_min_f1_pass_and_fail(gold_dir: Path, summaries: Path) -> None:
    ok = _run(str(gold_dir), "-s", str(summaries), "--min-f1", "speakers=0.5",
              "--min-f1", "themes=1", "--min-f1", "date=1")
    assert ok.exit_code == 0, ok.output
    bad = _run(str(gold_dir), "-s", str(summaries), "--min-f1", "speakers=0.6",
               "--min-f1", "organisations=0.5", "--min-f1", "action_points=0.9", "--min-f1",
               "turns=1")
    assert bad.exit_code == 1
    lines = bad.stderr.strip().splitlines()
    assert lines == [
        "sessietool: FAIL speakers: speakers.f 0.500 is below the minimum 0.6",
    ]


def test_min_f1_failures_in_json(gold_dir: Path, summaries: Path) -> None:
    result = _run(str(gold_dir), "-s", str(summaries), "-f", "json", "--min-f1", "speaker_org=1",
                  "--min-f1", "organisations=0.9")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["failed"] == [
        "organisations: organisations.f 0.667 is below the minimum 0.9"]


@pytest.mark.parametrize("spec", ["people=0.5", "speakers", "speakers=abc", "speakers=2"])
def test_min_f1_usage_errors(gold_dir: Path, summaries: Path, spec: str) -> None:
    result = _run(str(gold_dir), "-s", str(summaries), "--min-f1", spec)
    assert result.exit_code == 2
    assert result.stderr.startswith("sessietool: error: --min-f1")
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_and_unreadable_summaries(gold_dir: Path, summaries: Path) -> None:
    (summaries / "h-tk-a.yaml").unlink()
    (summaries / "01-06-2010.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    result = _run(str(gold_dir), "-s", str(summaries), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["counts"]["unscored"] == 2
    assert "h-tk-a.yaml: not scored: no summary h-tk-a.yaml" in result.stderr
    assert "not a sessietool summary" in result.stderr
    # a CI gate must not pass on files that were not scored
    gated = _run(str(gold_dir), "-s", str(summaries), "--min-f1", "speakers=0")
    assert gated.exit_code == 1
    assert "2 of 2 files could not be scored" in gated.stderr


def test_json_summary_and_extract_stem(gold_dir: Path, summaries: Path) -> None:
    (summaries / "h-tk-a.yaml").rename(summaries / "h-tk-a.json")
    (summaries / "h-tk-a.json").write_text(json.dumps(SUMMARY_A), encoding="utf-8")
    result = _run(str(gold_dir), "-s", str(summaries), "-f", "json")
    assert json.loads(result.stdout)["counts"]["scored"] == 2


def test_invalid_gold_is_one_line_exit_2(gold_dir: Path, summaries: Path) -> None:
    write_yaml(gold_dir / "zz-bad.yaml", {"source": "x.txt", "themes": [{"label": "x"}]})
    result = _run(str(gold_dir), "-s", str(summaries))
    assert result.exit_code == 2
    assert result.stderr == (f"sessietool: error: {gold_dir / 'zz-bad.yaml'}: invalid gold file: "
                             "themes[0].keywords: missing; matching needs at least one keyword\n")


def test_bad_folders(tmp_path: Path, gold_dir: Path) -> None:
    assert _run(str(tmp_path / "nope")).exit_code == 2
    result = _run(str(gold_dir), "--summaries", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "--summaries: not a folder" in result.stderr


def test_extracts_sources_relative_to_gold_parent(
    gold_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = gold_dir.parent.parent  # gold source paths are relative to shared/
    source_a = shared / "corpus" / "handelingen" / "h-tk-a.txt"
    source_a.parent.mkdir(parents=True)
    source_a.write_text("tekst", encoding="utf-8")
    seen: list[Path] = []

    def fake_extractor(model: str | None) -> Any:
        assert model == "blank:nl"

        def extract(path: Path) -> dict[str, Any]:
            from sessietool.errors import FileMissing

            seen.append(path)
            if not path.exists():
                raise FileMissing(path)
            return SUMMARY_A

        return extract

    monkeypatch.setattr("sessietool.cli.evaluate_cmd._extractor", fake_extractor)
    # GOLD_DIR may also be the folder holding gold/ (shared/eval)
    result = _run(str(gold_dir.parent), "--model", "blank:nl", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert source_a.resolve() in [p.resolve() for p in seen]
    assert data["counts"] == {"files": 2, "scored": 1, "unscored": 1}
    assert "01-06-2010.yaml: not scored:" in result.stderr
    assert "no such file" in result.stderr

    # --sources: another base folder, also a flat folder of session files
    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "01-06-2010.md").write_text("x", encoding="utf-8")
    (flat / "h-tk-a.txt").write_text("x", encoding="utf-8")
    seen.clear()
    result = _run(str(gold_dir), "--model", "blank:nl", "--sources", str(flat), "-f", "json")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in seen) == ["01-06-2010.md", "h-tk-a.txt"]
    assert all(p.parent == flat for p in seen)


def test_help_does_not_import_spacy() -> None:
    code = ("import sys; from typer.testing import CliRunner; from sessietool.cli.app import app; "
            "r = CliRunner().invoke(app, ['evaluate', '--help']); assert r.exit_code == 0; "
            "r = CliRunner().invoke(app, ['evaluate-ner', '--help']); assert r.exit_code == 0; "
            "import sessietool.evaluation.run, sessietool.evaluation.scoring; "
            "assert 'spacy' not in sys.modules, 'spacy imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


# -- evaluate-ner ----------------------------------------------------------------------------

NER_RESULT = {
    "labels": {"PER": {"p": 0.9, "r": 0.8, "f": 0.847, "n_gold": 10},
               "LOC": {"p": 0.5, "r": 1.0, "f": 0.667, "n_gold": 2}},
    "overall": {"p": 0.8, "r": 0.833, "f": 0.816},
    "sentences": 3,
    "tokens": 40,
}


@pytest.fixture
def fake_ner(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def load_pipeline(model: str | None = None) -> str:
        return f"nlp:{model}"

    def score_iob(nlp: Any, path: Path, *, encoding: str = "latin-1",
                  label_map: dict[str, str] | None = None) -> dict[str, Any]:
        calls.append({"nlp": nlp, "path": path, "encoding": encoding, "label_map": label_map})
        return NER_RESULT

    monkeypatch.setattr("sessietool.nlp.loading.load_pipeline", load_pipeline)
    monkeypatch.setattr("sessietool.evaluation.ner.score_iob", score_iob)
    return calls


def test_evaluate_ner(tmp_path: Path, fake_ner: list[dict[str, Any]]) -> None:
    from sessietool.nlp.labels import CONLL_MAP

    iob = tmp_path / "ned.testb"
    iob.write_text("Jan B-PER\n", encoding="latin-1")
    result = runner.invoke(app, ["evaluate-ner", str(iob), "--model", "m", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == NER_RESULT
    assert fake_ner == [{"nlp": "nlp:m", "path": iob, "encoding": "latin-1",
                         "label_map": CONLL_MAP}]
    table = runner.invoke(app, ["evaluate-ner", str(iob), "--encoding", "utf-8"])
    assert table.exit_code == 0, table.output
    assert fake_ner[-1]["encoding"] == "utf-8"
    for text in ("PER", "LOC", "0.847", "overall", "0.816", "12", "3 sentences, 40 tokens"):
        assert text in table.stdout


def test_evaluate_ner_errors(tmp_path: Path, fake_ner: list[dict[str, Any]]) -> None:
    missing = runner.invoke(app, ["evaluate-ner", str(tmp_path / "none.iob")])
    assert missing.exit_code == 2
    assert missing.stderr == f"sessietool: error: {tmp_path / 'none.iob'}: no such file or folder\n"
    iob = tmp_path / "a.iob"
    iob.write_text("Jan B-PER\n", encoding="utf-8")
    bad = runner.invoke(app, ["evaluate-ner", str(iob), "--encoding", "klingon"])
    assert bad.exit_code == 2
    assert "unknown encoding 'klingon'" in bad.stderr
    assert fake_ner == []


def test_evaluate_ner_malformed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def score_iob(nlp: Any, path: Path, **kwargs: Any) -> dict[str, Any]:
        raise ValueError("bad IOB line (need TOKEN ... TAG): 'het'")

    monkeypatch.setattr("sessietool.nlp.loading.load_pipeline", lambda model=None: object())
    monkeypatch.setattr("sessietool.evaluation.ner.score_iob", score_iob)
    iob = tmp_path / "a.iob"
    iob.write_text("het\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate-ner", str(iob)])
    assert result.exit_code == 1
    assert result.stderr == (f"sessietool: error: {iob}: malformed IOB file: bad IOB line "
                             "(need TOKEN ... TAG): 'het'\n")
