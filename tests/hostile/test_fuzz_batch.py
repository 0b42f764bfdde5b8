"""A fuzz target over the whole batch (issue 24): generated folders of session files.

Checked for every generated folder: no exception escapes the batch, each input ends in exactly
one ``ok`` or ``fail`` event, every output lies inside the output folder, every output is valid
against the JSON Schema and satisfies :func:`sessietool.invariants.violations`, and a second run
into a fresh folder gives the same bytes. A few examples run with every test run; for a longer
campaign set ``SESSIETOOL_FUZZ_EXAMPLES`` (see the README, "Robustness").
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessietool.api import Options
from sessietool.batch.runner import run_batch
from sessietool.invariants import violations
from sessietool.summary import json_schema

EXAMPLES = int(os.environ.get("SESSIETOOL_FUZZ_EXAMPLES", "6"))

WORDS = ["Jan", "de", "Vries", "gemeente", "Utrecht", "ministerie", "van", "actie", "besluit",
         "Piet", "overleg", "12", "april", "2024", "privacy", "*", "#", ">", "[", "](", "|",
         "-", ":", "<a", "é", "\u200b", "\t", "Gemeente Zwolle", "(PPK)", "Peter-Paul Koch"]
word = st.sampled_from(WORDS) | st.text(min_size=1, max_size=8)
sentence = st.lists(word, min_size=1, max_size=14).map(" ".join)
line = st.one_of(
    sentence,
    st.tuples(st.sampled_from(["Jan de Vries", "Piet", "Anna Bakker", "X"]), sentence).map(
        lambda t: f"{t[0]}: {t[1]}"),
    sentence.map(lambda s: f"# {s}"),
    sentence.map(lambda s: f"- {s}"),
    sentence.map(lambda s: f"| {s} | {s} |"),
    st.just("Aanwezig: Anna Bakker, Kees Visser"),
    st.just("00:00:01.000 --> 00:00:02.000"),
)
document = st.lists(line, min_size=0, max_size=25).map("\n".join)
stem = st.sampled_from(["notulen", "verslag", "a", "Ü", "con", "x.y"]) | st.text(
    alphabet="abcé_ -", min_size=1, max_size=10)
suffix = st.sampled_from([".txt", ".md", ".vtt", ".srt"])
files = st.lists(st.tuples(st.sampled_from(["", "sub/", "sub/deeper/"]), stem, suffix, document),
                 min_size=1, max_size=4)

SCHEMA = json_schema()


def _run(inputs: list[Path], out: Path) -> list:
    return list(run_batch(inputs, out, Options(model="blank:nl")))


def _check(out: Path, events: list, inputs: list[Path]) -> dict[str, bytes]:
    done = [e for e in events if e.kind == "done"]
    assert len(done) == 1 and done[0].result is not None
    per_input = [e for e in events if e.kind in ("ok", "fail")]
    assert sorted(e.source for e in per_input) == sorted(str(p) for p in inputs)
    written: dict[str, bytes] = {}
    for event in per_input:
        if event.kind == "fail":
            assert "internal error" not in event.reason, event.reason
            continue
        path = Path(event.output or "")
        assert path.parent.resolve() == out.resolve()
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, SCHEMA)
        assert violations(data) == [], (event.source, violations(data))
        written[path.name] = path.read_bytes()
    return written


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 10,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files)
def test_fuzz_batch(tmp_path_factory: pytest.TempPathFactory, spec: list) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    inputs: list[Path] = []
    for folder, name, ext, text in spec:
        path = root / "in" / folder / f"{name}{ext}"
        if path in inputs:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        inputs.append(path)
    first = _check(root / "out1", _run(inputs, root / "out1"), inputs)
    second = _check(root / "out2", _run(inputs, root / "out2"), inputs)
    assert first == {k: v.replace(b"out2", b"out1") for k, v in second.items()}
    assert all(p.is_relative_to(root) for p in root.rglob("*"))
    json.dumps(sorted(first))  # names are plain text
