"""summary_file.load_summary: the one validating reader of summary files."""
from __future__ import annotations

import json

import pytest
import yaml

from sessietool.errors import FileMissing, SummaryUnreadable
from sessietool.summary import Summary
from sessietool.summary_file import load_summary


def make_summary(*, date=None, action_points=(), speakers=()):
    """A v1 summary (as older versions wrote them) from a few fields."""
    return Summary.from_dict({
        "schema": "sessietool.summary/v1",
        "source": {"path": "s.md", "sha256": "0" * 64, "format": "markdown", "words": 10},
        "generator": {"tool": "sessietool 0.1.0", "model": "nl_sessie_sm 0.1.0"},
        "session": {"title": "Bestuursvergadering", "date": date},
        "speakers": [{"name": s.title(), "id": s, "aliases": ["PPK"]} for s in speakers],
        "action_points": [{"kind": "action", **a} for a in action_points],
    })


@pytest.fixture
def old():
    return make_summary(date="2010-06-01", speakers=["peter-paul-koch"],
                        action_points=[{"text": "PPK mailt.", "owners": ["peter-paul-koch"]}])


def write_yaml(path, summary):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(summary.to_dict(), sort_keys=False), encoding="utf-8")
    return path


def test_read_yaml_and_json_round_trip(tmp_path, old):
    y = write_yaml(tmp_path / "a.yaml", old)
    j = tmp_path / "a.json"
    j.write_text(json.dumps(old.to_dict()), encoding="utf-8")
    assert load_summary(y) == old
    assert load_summary(j) == old


def test_unquoted_yaml_dates_come_back_as_strings(tmp_path):
    path = write_yaml(tmp_path / "s.yaml", make_summary(date="2010-06-01"))
    path.write_text(path.read_text().replace("'2010-06-01'", "2010-06-01"))
    assert load_summary(path).session.date == "2010-06-01"


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
        load_summary(path)
    assert str(err.value).startswith(f"{path}: not a sessietool summary (")
    assert detail in str(err.value)


def test_wrong_structure_is_unreadable_not_a_traceback(tmp_path):
    data = make_summary().to_dict()
    data["speakers"] = ["not a mapping"]
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(SummaryUnreadable, match="unexpected structure"):
        load_summary(path)


def test_v1_summaries_load_with_the_fields_added_since_defaulted(tmp_path):
    data = make_summary(date="2010-06-01").to_dict()
    assert data["schema"] == "sessietool.summary/v1"
    del data["agenda"], data["session"]["location"], data["source"]["language"]
    summary = load_summary(write_data(tmp_path / "v1.yaml", data))
    assert summary.agenda == [] and summary.session.location is None
    assert summary.to_dict()["schema"] == "sessietool.summary/v1"


def test_unknown_kinds_are_unreadable_naming_the_file_and_field(tmp_path):
    data = make_summary(action_points=[{"text": "Piet mailt.", "line": 3}]).to_dict()
    data["action_points"][0]["kind"] = "wish"
    path = write_data(tmp_path / "s.yaml", data)
    with pytest.raises(SummaryUnreadable) as err:
        load_summary(path)
    message = str(err.value)
    assert message.startswith(f"{path}: not a sessietool summary (unexpected structure: ")
    assert "action_points[0].kind" in message and "\n" not in message


def test_missing_file(tmp_path):
    with pytest.raises(FileMissing):
        load_summary(tmp_path / "nope.yaml")


def write_data(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path
