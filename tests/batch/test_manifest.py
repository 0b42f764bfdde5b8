"""sessietool.batch.manifest: incremental runs (skipping unchanged inputs, --force, version
changes) and which outputs the manifest owns (orphans, --prune)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sessietool import __version__
from sessietool.batch.manifest import NAME, Manifest, orphans, owned_output, prune
from sessietool.nlp.loading import identify_model

from .batch_helpers import outputs


def manifest(out: Path) -> dict:
    return json.loads((out / NAME).read_text(encoding="utf-8"))


def lines(result, word: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(word + " ")]


def test_first_run_records_every_input(cli, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli("extract", corpus, "-o", out)
    assert result.exit_code == 0, result.stderr
    data = manifest(out)
    assert data["schema"] == "sessietool.manifest/v1"
    assert len(data["inputs"]) == 5
    key = str((corpus / "a" / "overleg.txt").resolve())
    entry = data["inputs"][key]
    assert entry["source"] == str(corpus / "a" / "overleg.txt")
    assert entry["output"] == "overleg.yaml"
    assert entry["tool"] == f"sessietool {__version__}"
    assert entry["model"] == "nl_blank 0.0.0"
    assert len(entry["sha256"]) == 64 and entry["options"]
    assert (out / "overleg.yaml").is_file()


def test_unchanged_inputs_are_skipped_and_force_reprocesses(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    cli("extract", corpus, "-o", out)
    before = outputs(out)
    again = cli("extract", corpus, "-o", out)
    assert again.exit_code == 0
    assert len(lines(again, "SKIP")) == 5 and not lines(again, "OK")
    forced = cli("extract", corpus, "-o", out, "--force")
    assert forced.exit_code == 0
    assert len(lines(forced, "OK")) == 5 and not lines(forced, "SKIP")
    assert outputs(out) == before


def test_changed_input_or_missing_output_is_reprocessed(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    cli("extract", corpus, "-o", out)
    (corpus / "a" / "overleg.txt").write_text("Jan: Iets anders vandaag.\n", encoding="utf-8")
    (out / "verslag.yaml").unlink()
    result = cli("extract", corpus, "-o", out)
    done = sorted(Path(line.split()[1]).name for line in lines(result, "OK"))
    assert done == ["overleg.txt", "verslag.txt"]
    assert len(lines(result, "SKIP")) == 3


def test_new_tool_or_model_version_reprocesses(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    cli("extract", corpus, "-o", out)
    data = manifest(out)
    entries = list(data["inputs"].values())
    entries[0]["tool"] = "sessietool 0.0.9"
    entries[1]["model"] = "nl_sessie_sm 0.0.1"
    entries[2]["options"] = "0" * 16
    (out / NAME).write_text(json.dumps(data), encoding="utf-8")
    result = cli("extract", corpus, "-o", out)
    assert len(lines(result, "OK")) == 3 and len(lines(result, "SKIP")) == 2
    tools = {e["tool"] for e in manifest(out)["inputs"].values()}
    assert tools == {f"sessietool {__version__}"}


def test_other_format_reprocesses(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    cli("extract", corpus, "-o", out)
    result = cli("extract", corpus, "-o", out, "--format", "json")
    assert len(lines(result, "OK")) == 5
    assert (out / "overleg.json").is_file()


def test_gazetteer_change_reprocesses(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    gazetteer = tmp_path / "orgs.yaml"
    gazetteer.write_text("- id: acme\n  name: Acme\n  aliases: []\n", encoding="utf-8")
    first = cli("extract", corpus, "-o", out, "--gazetteer", gazetteer)
    assert first.exit_code == 0, first.stderr
    same = cli("extract", corpus, "-o", out, "--gazetteer", gazetteer)
    assert len(lines(same, "SKIP")) == 5
    gazetteer.write_text("- id: acme\n  name: Acme BV\n  aliases: []\n", encoding="utf-8")
    changed = cli("extract", corpus, "-o", out, "--gazetteer", gazetteer)
    assert len(lines(changed, "OK")) == 5


def test_unreadable_manifest_means_everything_runs(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / NAME).write_text("{not json", encoding="utf-8")
    result = cli("extract", corpus, "-o", out)
    assert result.exit_code == 0
    assert len(lines(result, "OK")) == 5
    assert len(manifest(out)["inputs"]) == 5


def test_manifest_written_atomically_and_flushed_during_the_run(tmp_path, monkeypatch) -> None:
    from sessietool.batch import manifest as module
    from sessietool.batch.manifest import Entry

    monkeypatch.setattr(module, "FLUSH_SECONDS", 0.0)
    m = Manifest.load(tmp_path)
    m.record("/x", Entry("x", "0" * 64, "x.yaml", "t", "m", "o"))
    assert "/x" in Manifest.load(tmp_path).entries  # flushed without an explicit flush()
    assert [p.name for p in tmp_path.iterdir()] == [NAME]


def test_model_label_is_known_without_loading_the_model() -> None:
    from sessietool.nlp.loading import load_pipeline, model_label

    assert identify_model("blank:nl").label == model_label(load_pipeline("blank:nl"))


@pytest.mark.slow
def test_bundled_model_label_is_known_without_loading_it() -> None:
    from sessietool.nlp.loading import bundled_model_path, load_pipeline, model_label

    if bundled_model_path() is None:
        pytest.skip("the bundled model is not there")
    model = identify_model("nl_sessie_sm")
    assert model is not None and model.meta_sha256
    assert model.label == model_label(load_pipeline("nl_sessie_sm"))


# Which outputs the manifest owns: outputs whose input is gone are reported, --prune removes
# them and nothing else.
def test_gone_input_is_reported_and_pruned(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    assert cli("extract", corpus, "-o", out).exit_code == 0
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")  # not the manifest's
    (out / "hand-made.yaml").write_text("mine: true\n", encoding="utf-8")
    gone = corpus / "b" / "c" / "verslag.txt"
    gone.rename(corpus / "b" / "c" / "verslag-2024.txt")  # renamed: old key gone

    again = cli("extract", corpus, "-o", out)
    assert again.exit_code == 0
    warning = (f"sessietool: warning: {out / 'verslag.yaml'}: its input {gone} is gone; "
               "--prune removes it")
    assert warning in again.stderr.splitlines()
    assert "verslag.yaml" in outputs(out) and "verslag-2024.yaml" in outputs(out)

    pruned = cli("extract", corpus, "-o", out, "--prune")
    assert pruned.exit_code == 0
    assert (f"sessietool: note: removed {out / 'verslag.yaml'}: its input {gone} is gone"
            in pruned.stderr.splitlines())
    assert "verslag.yaml" not in outputs(out)
    assert {"verslag-2024.yaml", "hand-made.yaml"} <= set(outputs(out))
    assert (out / "notes.txt").exists()
    keys = json.loads((out / NAME).read_text(encoding="utf-8"))["inputs"]
    assert str(gone.resolve()) not in keys
    # nothing left to report
    assert "is gone" not in cli("extract", corpus, "-o", out).stderr


def test_pruning_outputs_of_another_run_over_other_folders(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    other = tmp_path / "other"
    other.mkdir()
    (other / "los.md").write_text("# Los\n\nDe werkgroep komt bijeen.\n", encoding="utf-8")
    assert cli("extract", other, "-o", out).exit_code == 0
    # an input of an earlier run that still exists is not an orphan, even if not in this run
    result = cli("extract", corpus, "-o", out, "--prune")
    assert result.exit_code == 0 and "los.yaml" in outputs(out)


def test_json_log_lines_name_orphans(cli, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    cli("extract", corpus, "-o", out)
    (corpus / "a" / "overleg.txt").unlink()
    result = cli("extract", corpus, "-o", out, "--log-format", "json", "--prune")
    events = [json.loads(line) for line in result.stderr.splitlines()]
    assert events[-1] == {"event": "pruned", "path": str(corpus / "a" / "overleg.txt"),
                          "output": str(out / "overleg.yaml")}


def test_never_removes_what_the_manifest_does_not_own(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    outside = tmp_path / "precious.yaml"
    outside.write_text("x\n", encoding="utf-8")
    (out / "kept.yaml").write_text("x\n", encoding="utf-8")
    (out / "shared.yaml").write_text("x\n", encoding="utf-8")
    (out / "link.yaml").symlink_to(outside)
    gone = str(tmp_path / "gone.txt")
    entries = {
        gone + "1": {"source": "gone1", "output": "../precious.yaml"},
        gone + "2": {"source": "gone2", "output": str(outside)},
        gone + "3": {"source": "gone3", "output": NAME},
        gone + "4": {"source": "gone4", "output": "link.yaml"},
        gone + "5": {"source": "gone5", "output": ["kept.yaml"]},
        gone + "6": {"source": "gone6", "output": "shared.yaml"},
        str(outside): {"source": "here", "output": "shared.yaml"},  # input exists: owns it too
        gone + "7": "not an entry",
    }
    manifest = Manifest(out, entries)
    assert [owned_output(out, e) for e in entries.values()] == [
        None, None, None, None, None, out / "shared.yaml", out / "shared.yaml", None]
    assert orphans(manifest) == []
    assert prune(manifest, orphans(manifest)) == []
    assert outside.exists() and (out / "kept.yaml").exists() and (out / "shared.yaml").exists()
    assert (out / "link.yaml").is_symlink()
