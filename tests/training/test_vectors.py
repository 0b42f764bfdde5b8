"""training/vectors.py on a few hundred made-up lines; skipped without floret."""
import gzip
import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("floret")
ROOT = Path(__file__).resolve().parents[2]


def _load():
    spec = importlib.util.spec_from_file_location("vectors", ROOT / "training" / "vectors.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["vectors"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_vectors_recipe_on_tiny_sample(tmp_path):
    vectors = _load()
    raw = tmp_path / "data" / "raw-nl"
    raw.mkdir(parents=True)
    lines = [f"De Minister van Financiën stelt regel {i} vast, gehoord de Raad van State."
             for i in range(300)]
    with gzip.open(raw / vectors.FILES[0], "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    out = tmp_path / "out"
    assert vectors.main(["--data", str(tmp_path / "data"), "--out", str(out), "--every", "1",
                         "--dim", "10", "--bucket", "1000", "--epoch", "1",
                         "--threads", "1"]) == 0
    import spacy

    nlp = spacy.load(out / "nlp")
    assert nlp.vocab.vectors.mode == "floret"
    assert nlp.vocab["Ministerie"].has_vector  # subword-aware: unseen words get a vector
