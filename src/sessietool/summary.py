"""The session summary: the one data model the YAML, the JSON and the JSON Schema come from.

Field order here is the key order of the output. Lists are ordered as documented on each field.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any

SCHEMA_ID = "sessietool.summary/v2"  # v1 summaries (no location, no agenda) still load
ACTION_KINDS = ("action", "decision", "agreement", "request", "commitment", "open-question")
ACTION_STATUSES = ("open", "closed")
THEME_SOURCES = ("agenda", "taxonomy", "keyphrase")


def _f(doc: str, default: Any = dataclasses.MISSING, *, optional: bool = False, **kw: Any) -> Any:
    """A dataclass field with a description that ends up in the JSON Schema (``optional``: not
    required there, for fields added after summaries without them were written)."""
    metadata = {"doc": doc, "optional": optional}
    if default is dataclasses.MISSING:
        return field(metadata=metadata, **kw)
    return field(default=default, metadata=metadata, **kw)


@dataclass
class Source:
    path: str = _f("the input path as given, or '-' for stdin")
    sha256: str = _f("sha256 of the input bytes")
    format: str = _f("report | transcript | vtt | srt | docx | pdf | markdown")
    words: int = _f("words in the text as read")
    encoding: str | None = _f("text encoding that was decoded, null for DOCX/PDF", None)
    language: str | None = _f(
        "language of the text as told from its function words (nl, en, de, fr), null when too "
        "short to tell; a summary written before this field was added has none", None,
        optional=True,
    )


@dataclass
class Generator:
    tool: str = _f("'sessietool <version>'")
    model: str = _f("the spaCy pipeline used: '<name> <version>'")


@dataclass
class Session:
    title: str | None = _f(
        "the meeting's own name (front matter, title block or heading; file name last)", None
    )
    date: str | None = _f("ISO date of the meeting (not the document date), or null", None)
    location: str | None = _f("where the meeting took place (or 'online') where stated", None)


@dataclass
class AgendaItem:
    number: str | None = _f("the item's number as the document writes it, or null", None)
    title: str = _f("the item's title", "")
    lines: list[int] = _f("first and last source line of the item", default_factory=list)


@dataclass
class Speaker:
    id: str = _f("slug, unique within the summary")
    name: str = _f("the fullest form of the name found")
    aliases: list[str] = _f("other forms used in the text", default_factory=list)
    role: str | None = _f("voorzitter, minister, notulist, directeur-generaal …", None)
    organisation: str | None = _f("an organisations[].id, or null", None)
    turns: int = _f("speaking turns (transcripts); 0 in reports", 0)
    words: int = _f("words spoken in those turns", 0)
    mentions: int = _f("times the person is named in the text", 0)
    lines: list[int] = _f(
        "first source lines where the speaker is named or speaks", default_factory=list
    )


@dataclass
class Person:
    id: str = _f("slug, unique within the summary")
    name: str = _f("name as written")
    aliases: list[str] = _f("other forms used in the text", default_factory=list)
    organisation: str | None = _f("an organisations[].id, or null", None)
    mentions: int = _f("times named", 0)
    lines: list[int] = _f("first source lines where named", default_factory=list)


@dataclass
class Organisation:
    id: str = _f("slug of the canonical name, or the gazetteer id")
    name: str = _f("canonical name")
    aliases: list[str] = _f("every other form found in this text", default_factory=list)
    kind: str = _f(
        "ministerie | sectorraad | partij | onderwijsinstelling | bedrijf | overig …", "overig"
    )
    mentions: int = _f("times named", 0)
    lines: list[int] = _f("first source lines where named", default_factory=list)


@dataclass
class Theme:
    id: str = _f("stable slug")
    label: str = _f("human label")
    score: float = _f("share of the session's theme evidence, 0..1")
    keywords: list[str] = _f("the words or phrases that were evidence", default_factory=list)
    lines: list[int] = _f("first source lines with evidence", default_factory=list)
    source: str = _f(" | ".join(THEME_SOURCES), "taxonomy")


@dataclass
class ActionPoint:
    text: str = _f("the action point as one sentence")
    kind: str = _f(" | ".join(ACTION_KINDS))
    owners: list[str] = _f(
        "speaker ids, organisation ids, or short free text", default_factory=list
    )
    due: str | None = _f("ISO date or null", None)
    status: str | None = _f("open | closed from an action list's status column, or null", None)
    ref: str | None = _f("the action list's own number (e.g. '324/01'), or null", None)
    agenda: str | None = _f("the agenda item it belongs to (number, else title), or null", None)
    line: int = _f("source line", 0)
    lines: list[int] = _f(
        "every source line where it appears (text and action list)", default_factory=list
    )
    quote: str = _f("the source text it was read from", "")


@dataclass
class DateMention:
    date: str = _f("ISO date")
    text: str = _f("the expression as written")
    line: int = _f("source line", 0)


@dataclass
class Summary:
    source: Source = _f("the input")
    generator: Generator = _f("what produced this summary")
    schema: str = _f("schema version", SCHEMA_ID)
    session: Session = _f("title, date and location", default_factory=Session)
    agenda: list[AgendaItem] = _f(
        "agenda items in document order; [] for documents without them", default_factory=list
    )
    speakers: list[Speaker] = _f(
        "people taking part, in order of first appearance", default_factory=list
    )
    people_mentioned: list[Person] = _f(
        "people named but not taking part, in order of first appearance", default_factory=list
    )
    organisations: list[Organisation] = _f("in order of first appearance", default_factory=list)
    themes: list[Theme] = _f("strongest first", default_factory=list)
    action_points: list[ActionPoint] = _f("in source order", default_factory=list)
    dates: list[DateMention] = _f(
        "every date the text names, in source order", default_factory=list
    )

    def to_dict(self) -> dict[str, Any]:
        """Plain data with ``schema`` first, then the fields in declaration order."""
        data = to_dict(self)
        return {"schema": data.pop("schema"), **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        return from_dict(cls, data)


def to_dict(obj: Any) -> Any:
    """Plain dicts and lists in field order (like dataclasses.asdict), with floats rounded."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_dict(x) for x in obj]
    if isinstance(obj, float):
        return round(obj, 4)
    return obj


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0], True
    return tp, False


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Rebuild a dataclass tree from plain data (e.g. a summary read back from YAML)."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        tp, _ = _unwrap_optional(hints[f.name])
        if dataclasses.is_dataclass(tp) and isinstance(value, dict):
            value = from_dict(tp, value)
        elif typing.get_origin(tp) is list:
            (item,) = typing.get_args(tp)
            value = [
                from_dict(item, v) if dataclasses.is_dataclass(item) else v for v in value or []
            ]
        elif value is not None and tp is str:
            value = str(value)  # YAML may have read an unquoted date
        kwargs[f.name] = value
    return cls(**kwargs)


_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _schema_for(tp: Any) -> dict[str, Any]:
    tp, optional = _unwrap_optional(tp)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        props = {}
        for f in dataclasses.fields(tp):
            prop = _schema_for(hints[f.name])
            if f.metadata.get("doc"):
                prop["description"] = f.metadata["doc"].strip()
            props[f.name] = prop
        schema: dict[str, Any] = {
            "type": "object",
            "properties": props,
            "required": [f.name for f in dataclasses.fields(tp) if not f.metadata.get("optional")],
            "additionalProperties": False,
        }
    elif typing.get_origin(tp) is list:
        (item,) = typing.get_args(tp)
        schema = {"type": "array", "items": _schema_for(item)}
    else:
        schema = {"type": _JSON_TYPES[tp]}
    if optional:
        if "type" in schema and isinstance(schema["type"], str) and schema["type"] != "object":
            schema["type"] = [schema["type"], "null"]
        else:
            schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a summary, generated from the dataclasses above."""
    schema = _schema_for(Summary)
    schema["properties"]["schema"]["const"] = SCHEMA_ID
    schema["properties"]["action_points"]["items"]["properties"]["kind"]["enum"] = list(
        ACTION_KINDS
    )
    schema["properties"]["themes"]["items"]["properties"]["source"]["enum"] = list(THEME_SOURCES)
    status = schema["properties"]["action_points"]["items"]["properties"]["status"]
    status["enum"] = [*ACTION_STATUSES, None]
    date = {"pattern": r"^\d{4}-\d{2}-\d{2}$"}
    schema["properties"]["dates"]["items"]["properties"]["date"].update(date)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://sessietool.invalid/schema/summary-v2.json",
        "title": "sessietool session summary",
        **schema,
    }
