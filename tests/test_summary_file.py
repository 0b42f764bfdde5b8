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


def _objects(node, path=()):
    """(path, object schema) of every object in the JSON Schema; ``[]`` stands for a list item."""
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            yield path, node
        for key, value in node.get("properties", {}).items():
            yield from _objects(value, (*path, key))
        for key in ("items", "anyOf", "oneOf"):
            value = node.get(key)
            for item in value if isinstance(value, list) else [value] if value else []:
                yield from _objects(item, (*path, "[]") if key == "items" else path)


def _full_summary():
    """A summary with one of every record, so every object of the schema is present."""
    from sessietool import summary as model

    one = {
        "agenda": model.AgendaItem(number="1", title="Opening"),
        "speakers": model.Speaker(id="jan", name="Jan"),
        "people_mentioned": model.Person(id="rik", name="Rik"),
        "organisations": model.Organisation(id="ocw", name="OCW"),
        "themes": model.Theme(id="t", label="T", score=0.5),
        "action_points": model.ActionPoint(text="Jan mailt.", kind="action"),
        "dates": model.DateMention(date="2024-03-06", text="6 maart 2024"),
    }
    data = make_summary().to_dict()
    data["schema"] = model.SCHEMA_ID
    for key, record in one.items():
        data[key] = [model.to_dict(record)]
    return data


def _at(data, path):
    for key in path:
        data = data[0] if key == "[]" else data[key]
    return data


def test_the_schema_is_closed_and_the_reader_agrees(tmp_path):
    """Every object of the published schema refuses other keys (``additionalProperties:
    false``), and load_summary refuses an unknown key in each of them, naming where it is."""
    jsonschema = pytest.importorskip("jsonschema")
    from sessietool.summary import json_schema

    schema = json_schema()
    data = _full_summary()
    objects = list(_objects(schema))
    assert len(objects) >= 10
    for path, node in objects:
        assert node.get("additionalProperties") is False, path
        target = _at(data, path)
        assert isinstance(target, dict), path
        broken = json.loads(json.dumps(data))
        _at(broken, path)["reviewed_by"] = "an analyst"
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema)
        file = write_data(tmp_path / "s.yaml", broken)
        with pytest.raises(SummaryUnreadable) as err:
            load_summary(file)
        where = ".".join(path).replace(".[]", "[0]")
        expected = f"{where}.reviewed_by" if where else "reviewed_by"
        assert str(err.value) == (f"{file}: not a sessietool summary (unexpected structure: "
                                  f"{expected}: unknown key (not in the schema))")
    jsonschema.validate(data, schema)  # the summary itself is valid
    assert load_summary(write_data(tmp_path / "ok.yaml", data)).to_dict() == data


def test_a_newer_schema_version_is_refused_by_name(tmp_path):
    data = make_summary().to_dict()
    data["schema"] = "sessietool.summary/v3"
    with pytest.raises(SummaryUnreadable) as err:
        load_summary(write_data(tmp_path / "new.yaml", data))
    assert "schema 'sessietool.summary/v3' is not one this sessietool reads" in str(err.value)


def test_commands_refuse_a_summary_with_an_unknown_key(tmp_path):
    from typer.testing import CliRunner

    from sessietool.cli.app import app

    data = make_summary(speakers=["piet"]).to_dict()
    data["speakers"][0]["nam"] = "Piet"
    path = write_data(tmp_path / "s.yaml", data)
    for args in (["show", str(path)], ["diff", str(path), str(path)]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr == (f"sessietool: error: {path}: not a sessietool summary "
                                 "(unexpected structure: speakers[0].nam: unknown key (not in "
                                 "the schema))\n")
        assert result.stdout == ""
