from __future__ import annotations

import json
import sys
import types

import pytest
import yaml

from sessietool.compare.load import load_or_extract, load_summary_dir
from sessietool.errors import FileMissing, InputError, SummaryUnreadable, UsageError


def write_yaml(path, summary):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(summary.to_dict(), sort_keys=False), encoding="utf-8")
    return path


def test_load_or_extract_missing_file_and_folder(tmp_path):
    with pytest.raises(FileMissing):
        load_or_extract(tmp_path / "nope.yaml")
    with pytest.raises(FileMissing):
        load_or_extract(tmp_path / "nope.md")
    with pytest.raises(UsageError, match="is a folder"):
        load_or_extract(tmp_path)


def test_session_files_are_extracted_first(tmp_path, monkeypatch, make_summary):
    calls = []
    made = make_summary(path="notulen.md")

    def extract_session(path, *, model=None):
        calls.append((path, model))
        return made

    fake = types.ModuleType("sessietool.api")
    fake.extract_session = extract_session
    monkeypatch.setitem(sys.modules, "sessietool.api", fake)
    session = tmp_path / "notulen.md"
    session.write_text("# Notulen\n", encoding="utf-8")
    assert load_or_extract(session, model="blank:nl") is made
    assert calls == [(session, "blank:nl")]


def test_load_summary_dir_sorts_recurses_and_skips_other_files(tmp_path, make_summary):
    write_yaml(tmp_path / "b.yaml", make_summary(path="b.md"))
    write_yaml(tmp_path / "sub" / "a.yaml", make_summary(path="a.md"))
    (tmp_path / "c.json").write_text(json.dumps(make_summary(path="c.md").to_dict()))
    (tmp_path / "config.yml").write_text("jobs: 4\n")
    (tmp_path / "notes.md").write_text("# not a summary\n")
    (tmp_path / ".sessietool-manifest.json").write_text("{}")
    write_yaml(tmp_path / ".cache" / "x.yaml", make_summary(path="x.md"))
    found = load_summary_dir(tmp_path)
    assert [s.source.path for s in found.summaries] == ["b.md", "c.md", "a.md"]
    assert [p.name for p in found.paths] == ["b.yaml", "c.json", "a.yaml"]
    assert [p.name for p in found.skipped] == ["config.yml"]


def test_load_summary_dir_errors(tmp_path):
    with pytest.raises(FileMissing):
        load_summary_dir(tmp_path / "missing")
    (tmp_path / "f.yaml").write_text("a: 1\n")
    with pytest.raises(InputError, match="not a directory"):
        load_summary_dir(tmp_path / "f.yaml")
    with pytest.raises(InputError, match="no session summaries"):
        load_summary_dir(tmp_path)
    (tmp_path / "g.yaml").write_text("schema: sessietool.summary/v1\n")
    with pytest.raises(SummaryUnreadable):
        load_summary_dir(tmp_path)
