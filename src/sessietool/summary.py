"""The session summary: the one data model the YAML, the JSON and the JSON Schema come from.

pydantic v2 models: field order here is the key order of the output, ``Summary.from_dict``
validates data read back (v1 summaries, without the fields added since, still load) and
:func:`json_schema` is ``Summary.model_json_schema()`` with every object inline. Lists are ordered
as documented on each field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import PydanticUndefined, core_schema

SCHEMA_ID = "sessietool.summary/v2"  # v1 summaries (no location, no agenda) still load
SCHEMA_IDS = ("sessietool.summary/v1", SCHEMA_ID)  # the versions this model reads
ActionKind = Literal["action", "decision", "agreement", "request", "commitment", "open-question"]
ActionStatus = Literal["open", "closed"]
ThemeSource = Literal["agenda", "taxonomy", "keyphrase"]
ACTION_KINDS: tuple[str, ...] = typing.get_args(ActionKind)
ACTION_STATUSES: tuple[str, ...] = typing.get_args(ActionStatus)
THEME_SOURCES: tuple[str, ...] = typing.get_args(ThemeSource)
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def _as_text(value: Any) -> Any:
    """YAML reads an unquoted date or number as one: a text field takes it as written."""
    if isinstance(value, int | float | dt.date):
        return str(value)
    return value


Text = Annotated[str, BeforeValidator(_as_text)]


def _f(doc: str, default: Any = PydanticUndefined, **kw: Any) -> Any:
    """A field with the description the JSON Schema gives it."""
    return Field(default, description=doc, **kw)


def _object_schema(schema: dict[str, Any], cls: type[BaseModel]) -> None:
    """Every field is written, so the schema requires each one (except those added after
    summaries without them were written) and no other key."""
    schema.pop("title", None)
    schema["required"] = [
        f.alias or name for name, f in cls.model_fields.items() if name not in cls.added_later
    ]
    schema["additionalProperties"] = False


class Record(BaseModel):
    """Base of every part of a summary. The schema is closed (``additionalProperties: false``
    on every object): a key not in the model is refused on read, as the JSON Schema refuses it,
    so a misspelt or foreign key never passes silently."""

    model_config = ConfigDict(
        json_schema_extra=_object_schema, validate_by_name=True, extra="forbid"
    )
    added_later: ClassVar[frozenset[str]] = frozenset()


class Source(Record):
    added_later: ClassVar[frozenset[str]] = frozenset({"language"})

    path: Text = _f("the input path as given, or '-' for stdin")
    sha256: Text = _f("sha256 of the input bytes")
    format: Text = _f("report | transcript | vtt | srt | docx | pdf | markdown")
    words: int = _f("words in the text as read")
    encoding: Text | None = _f("text encoding that was decoded, null for DOCX/PDF", None)
    language: Text | None = _f(
        "language of the text as told from its function words (nl, en, de, fr), null when too "
        "short to tell; a summary written before this field was added has none", None,
    )


class Generator(Record):
    tool: Text = _f("'sessietool <version>'")
    model: Text = _f("the spaCy pipeline used: '<name> <version>'")


class Session(Record):
    title: Text | None = _f(
        "the meeting's own name (front matter, title block or heading; file name last)", None
    )
    date: Text | None = _f("ISO date of the meeting (not the document date), or null", None)
    location: Text | None = _f("where the meeting took place (or 'online') where stated", None)


class AgendaItem(Record):
    number: Text | None = _f("the item's number as the document writes it, or null", None)
    title: Text = _f("the item's title", "")
    lines: list[int] = _f("first and last source line of the item", default_factory=list)


class Speaker(Record):
    id: Text = _f("slug, unique within the summary")
    name: Text = _f("the fullest form of the name found")
    aliases: list[Text] = _f("other forms used in the text", default_factory=list)
    role: Text | None = _f("voorzitter, minister, notulist, directeur-generaal …", None)
    organisation: Text | None = _f("an organisations[].id, or null", None)
    turns: int = _f("speaking turns (transcripts); 0 in reports", 0)
    words: int = _f("words spoken in those turns", 0)
    mentions: int = _f("times the person is named in the text", 0)
    lines: list[int] = _f(
        "first source lines where the speaker is named or speaks", default_factory=list
    )


class Person(Record):
    id: Text = _f("slug, unique within the summary")
    name: Text = _f("name as written")
    aliases: list[Text] = _f("other forms used in the text", default_factory=list)
    organisation: Text | None = _f("an organisations[].id, or null", None)
    mentions: int = _f("times named", 0)
    lines: list[int] = _f("first source lines where named", default_factory=list)


class Organisation(Record):
    id: Text = _f("slug of the canonical name, or the gazetteer id")
    name: Text = _f("canonical name")
    aliases: list[Text] = _f("every other form found in this text", default_factory=list)
    kind: Text = _f(
        "ministerie | sectorraad | partij | onderwijsinstelling | bedrijf | overig …", "overig"
    )
    mentions: int = _f("times named", 0)
    lines: list[int] = _f("first source lines where named", default_factory=list)


class Theme(Record):
    id: Text = _f("stable slug")
    label: Text = _f("human label")
    score: float = _f("share of the session's theme evidence, 0..1")
    keywords: list[Text] = _f("the words or phrases that were evidence", default_factory=list)
    lines: list[int] = _f("first source lines with evidence", default_factory=list)
    source: ThemeSource = _f(" | ".join(THEME_SOURCES), "taxonomy")


class ActionPoint(Record):
    text: Text = _f("the action point as one sentence")
    kind: ActionKind = _f(" | ".join(ACTION_KINDS))
    owners: list[Text] = _f(
        "speaker ids, organisation ids, or short free text", default_factory=list
    )
    due: Text | None = _f("ISO date or null", None)
    status: ActionStatus | None = _f(
        "open | closed from an action list's status column, or null", None
    )
    ref: Text | None = _f("the action list's own number (e.g. '324/01'), or null", None)
    agenda: Text | None = _f(
        "the agenda item it belongs to (number, else title), or null", None
    )
    line: int = _f("source line", 0)
    lines: list[int] = _f(
        "every source line where it appears (text and action list)", default_factory=list
    )
    quote: Text = _f("the source text it was read from", "")


class DateMention(Record):
    date: Text = _f("ISO date", pattern=ISO_DATE)
    text: Text = _f("the expression as written")
    line: int = _f("source line", 0)


class Summary(Record):
    source: Source = _f("the input")
    generator: Generator = _f("what produced this summary")
    schema_id: Text = _f(
        "schema version", SCHEMA_ID, alias="schema", json_schema_extra={"const": SCHEMA_ID}
    )
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
        """Validate plain data (a summary read back); :class:`pydantic.ValidationError` when it
        does not fit the model (:func:`problem` says where, in one line)."""
        return cls.model_validate(data)


def to_dict(obj: Any) -> Any:
    """Plain dicts and lists in field order (models and dataclasses alike), floats rounded."""
    if isinstance(obj, BaseModel):
        fields = type(obj).model_fields
        return {f.alias or name: to_dict(getattr(obj, name)) for name, f in fields.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_dict(x) for x in obj]
    if isinstance(obj, float):
        return round(obj, 4)
    return obj


def problem(exc: ValidationError) -> str:
    """The first thing wrong with data that does not fit the model, in one line."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    msg = "unknown key (not in the schema)" if first["type"] == "extra_forbidden" else first["msg"]
    return f"{where.lstrip('.') or 'top level'}: {msg}{more}"


class _Schema(GenerateJsonSchema):
    """JSON Schema as the summary publishes it: no titles, no defaults (every field is written),
    ``["string", "null"]`` for optional values."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        return self.generate_inner(schema["schema"])

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        inner = self.generate_inner(schema["schema"])
        if isinstance(inner.get("type"), str) and inner["type"] != "object":
            nullable = {**inner, "type": [inner["type"], "null"]}
            if "enum" in nullable:
                nullable["enum"] = [*nullable["enum"], None]
            return nullable
        return super().nullable_schema(schema)


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with every ``$ref`` replaced by its definition (the model has no cycles)."""
    if isinstance(node, list):
        return [_inline(x, defs) for x in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        rest = {k: v for k, v in node.items() if k != "$ref"}
        node = {**defs[node["$ref"].rsplit("/", 1)[-1]], **rest}
    return {k: _inline(v, defs) for k, v in node.items()}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a summary: ``Summary.model_json_schema()``, every object inline."""
    schema = Summary.model_json_schema(schema_generator=_Schema)
    defs = schema.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://sessietool.invalid/schema/summary-v2.json",
        "title": "sessietool session summary",
        **_inline(schema, defs),
    }
