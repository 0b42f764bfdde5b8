"""Golden files: each sample in data/sessions/ has its expected summary beside it.

After a deliberate change of the extractors or the bundled model, regenerate with
``sessietool extract data/sessions/<name>.txt > data/sessions/<name>.yaml`` (run from the
repository root) and review the diff.
"""

from __future__ import annotations

import pytest

from sessietool.api import extract_session
from sessietool.output import dumps

from .conftest import ROOT

SAMPLES = sorted((ROOT / "data" / "sessions").glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_sample_matches_its_golden_summary(sample, monkeypatch):
    monkeypatch.chdir(ROOT)
    relative = sample.relative_to(ROOT).as_posix()
    actual = dumps(extract_session(relative).to_dict())
    expected = sample.with_suffix(".yaml").read_text(encoding="utf-8")
    assert actual == expected


def test_there_is_a_sample():
    assert SAMPLES, "data/sessions/ holds no sample session"
