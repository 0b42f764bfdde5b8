"""Which outputs the manifest owns: outputs whose input is gone are reported, --prune removes
them and nothing else."""
from __future__ import annotations

import json
from pathlib import Path

from batch_helpers import outputs

from sessietool.batch.manifest import NAME, Manifest, orphans, owned_output, prune


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
