"""training/actions/train.py: the action classifier's recipe on a tiny labelled sample."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("spacy")
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "training" / "actions"


def _train_module():
    spec = importlib.util.spec_from_file_location(
        "actions_train", ROOT / "training" / "actions" / "train.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


T = _train_module()


def test_labels_are_read_from_shared_and_checked_by_hash():
    examples, skipped = T.read_labels(SAMPLE / "labels", SAMPLE / "shared")
    assert len(examples) == 8 and skipped == {"hash": 1}
    first = examples[0]
    assert first.label == "decision"
    assert first.text.startswith("besloten wordt de roadmap vast te stellen")
    assert "h_besluiten" in first.text.split()


def test_split_is_by_file_and_seeded():
    examples, _ = T.read_labels(SAMPLE / "labels", SAMPLE / "shared")
    train, held = T.split_files(examples, 0.2, seed=3)
    assert {e.path for e in train}.isdisjoint({e.path for e in held})
    assert T.split_files(examples, 0.2, seed=3) == (train, held)


def test_recipe_is_reproducible_and_saves_a_loadable_model(tmp_path):
    examples, _ = T.read_labels(SAMPLE / "labels", SAMPLE / "shared")
    a = T.train(examples, seed=1, epochs=3, length=2**10)
    b = T.train(examples, seed=1, epochs=3, length=2**10)
    text = examples[2].text
    assert a(text).cats == b(text).cats
    assert set(a(text).cats) == set(T.LABELS)
    scores = T.score(a, examples)
    assert scores["accuracy"]["value"] > 0.5
    T.save(a, tmp_path / "m", {"description": "test"})
    from sessietool.extract import action_classifier

    loaded = action_classifier.load(str(tmp_path / "m"))
    assert action_classifier.classify([text], loaded)[0][0] in T.LABELS
    assert json.loads((tmp_path / "m" / "meta.json").read_text())["description"] == "test"


def test_main_without_labels_exits_1(tmp_path, capsys):
    assert T.main(["--labels", str(tmp_path), "--shared", str(SAMPLE / "shared")]) == 1
    assert "no usable labels" in capsys.readouterr().err
