"""``sessietool schema``: print the summary's JSON Schema."""
from __future__ import annotations

import json

import typer


def schema() -> None:
    """Print the JSON Schema that every summary validates against.

    \b
    Examples:
      sessietool schema > summary.schema.json
      sessietool schema | jq '.properties.speakers'
    """
    from ..summary import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
