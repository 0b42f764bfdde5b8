from __future__ import annotations

import json
import sys
import types

import pytest
import yaml

from sessietool.compare.load import load_summary, load_summary_dir, read_summary
from sessietool.errors import FileMissing, InputError, SummaryUnreadable, UsageError


def write_yaml(path, summary):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(summary.to_dict(), sort_keys=False), encoding="utf-8")
    return path


def test_read_yaml_and_json_round_trip(tmp_path, fronteers_pair):
    old, _ = fronteers_pair
    y = write_yaml(tmp_path / "a.yaml", old)
    j = tmp_path / "a.json"
    j.write_text(json.dumps(old.to_dict()), encoding="utf-8")
    assert read_summary(y) == old
    assert load_summary(j) == old


def test_unquoted_yaml_dates_come_back_as_strings(tmp_path, make_summary):
    path = write_yaml(tmp_path / "s.yaml", make_summary(date="2010-06-01"))
    path.write_text(path.read_text().replace("'2010-06-01'", "2010-06-01"))
    assert read_summary(path).session.date == "2010-06-01"


@pytest.mark.parametrize(
    ("name", "text", "detail"),
    [
        ("bad.yaml", "schema: [unclosed", "invalid YAML"),
        ("bad.json", "{", "invalid JSON"),
        ("other.yaml", "name: something else\n", "no 'schema: sessietool.summary/v1' key"),
        ("list.yaml", "- 1\n- 2\n", "no 'schema"),
        ("partial.yaml", "schema: sessietool.summary/v1\n", "missing 'source' and 'generator'"),
        ("latin1.yaml", b"schema: caf\xe9", "not UTF-8"),
    ],
)
def test_broken_summaries_are_reported_with_their_path(tmp_path, name, text, detail):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(SummaryUnreadable) as err:
        read_summary(path)
    assert str(err.value).startswith(f"{path}: not a sessietool summary (")
    assert detail in str(err.value)


def test_wrong_structure_is_unreadable_not_a_traceback(tmp_path, make_summary):
    data = make_summary().to_dict()
    data["speakers"] = ["not a mapping"]
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(SummaryUnreadable, match="unexpected structure"):
        read_summary(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FileMissing):
        load_summary(tmp_path / "nope.yaml")
    with pytest.raises(FileMissing):
        load_summary(tmp_path / "nope.md")
    with pytest.raises(UsageError, match="is a folder"):
        load_summary(tmp_path)


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
    assert load_summary(session, model="blank:nl") is made
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
