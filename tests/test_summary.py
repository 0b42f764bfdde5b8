"""The JSON Schema is generated from the data model and every summary validates against it."""

from __future__ import annotations

import json

import jsonschema
import yaml
from typer.testing import CliRunner

from sessietool.cli.app import app
from sessietool.output import dumps
from sessietool.summary import Summary, json_schema


def test_summaries_validate_and_round_trip(summarise):
    s = summarise(
        "Aanwezig: Jan, Piet\n\nJan vertelt dat OCW op 3 mei 2021 komt. ACTIE: Piet mailt.\n",
        name="n.md",
    )
    data = s.to_dict()
    jsonschema.validate(data, json_schema())
    assert list(data)[:4] == ["schema", "source", "generator", "session"]
    text = dumps(data)
    assert Summary.from_dict(yaml.safe_load(text)) == s
    assert json.loads(dumps(data, "json")) == data


def test_same_input_gives_identical_bytes(summarise):
    text = "Verslag van 6 oktober 2020. Marcelis vindt dat OCW moet betalen.\n"
    assert dumps(summarise(text).to_dict()) == dumps(summarise(text).to_dict())


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema"]["const"] == "sessietool.summary/v2"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_rejects_unknown_action_kinds(summarise):
    data = summarise("ACTIE: Piet mailt de leden.\n", name="n.md").to_dict()
    data["action_points"][0]["kind"] = "wish"
    try:
        jsonschema.validate(data, json_schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("an unknown kind passed validation")
