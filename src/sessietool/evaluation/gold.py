"""Gold annotation files: loading and validating the answers a summary is scored against.

The format is the one of ``shared/eval/README.md`` (documented for users in the README, section
*Evaluating extraction*). One YAML mapping per session; every field is optional except ``source``::

    source: corpus/verdiepingssessie/2020-10-06-verdiepingssessie.txt   # relative to GOLD_DIR/..
    session: {title: Verdiepingssessie, date: 2020-10-06}
    speakers:
      - {name: Jan Bogerd, aliases: [Jan], organisation: Vereniging Hogescholen, turns: 2}
    speakers_complete: true            # false: the list is not exhaustive, precision not scored
    organisations:
      - {name: Vereniging Hogescholen, aliases: [VH]}
    organisations_optional: [sectorraden]   # neither required nor wrong
    organisations_complete: true
    action_points:
      - {text: De sectorraden sluiten een convenant., keywords: [convenant]}
    action_points_optional:
      - {keywords: [budgetten]}
    action_points_complete: true
    themes:
      - {label: Lerarentekort, keywords: [lerarentekort]}

Files are read with ``yaml.safe_load``; anything that does not fit raises
:class:`~sessietool.errors.GoldFileError` naming the file and the field.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import GoldFileError

__all__ = [
    "GoldActionPoint",
    "GoldFile",
    "GoldOrganisation",
    "GoldSpeaker",
    "GoldTheme",
    "find_gold_files",
    "gold_folder",
    "load_gold",
    "load_gold_dir",
    "parse_gold",
]

GOLD_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class GoldSpeaker:
    name: str | None = None
    label: str | None = None
    aliases: tuple[str, ...] = ()
    organisation: str | None = None
    role: str | None = None
    turns: int | None = None
    words: int | None = None


@dataclass(frozen=True)
class GoldOrganisation:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldActionPoint:
    keywords: tuple[str, ...]
    text: str | None = None
    owner: str | None = None
    due: str | None = None
    kind: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class GoldTheme:
    keywords: tuple[str, ...]
    label: str | None = None


@dataclass(frozen=True)
class GoldFile:
    """One session's answers. ``None`` for a list means the field is not annotated (not scored);
    an empty list means "there are none"."""

    path: Path
    source: str
    kind: str | None = None
    title: str | None = None
    date: str | None = None
    speakers: tuple[GoldSpeaker, ...] = ()
    speakers_complete: bool = True
    organisations: tuple[GoldOrganisation, ...] | None = None
    organisations_optional: tuple[str, ...] = ()
    organisations_complete: bool = True
    action_points: tuple[GoldActionPoint, ...] | None = None
    action_points_optional: tuple[GoldActionPoint, ...] = ()
    action_points_complete: bool = True
    themes: tuple[GoldTheme, ...] | None = None

    @property
    def name(self) -> str:
        """The gold file's name, used as the row label in reports."""
        return self.path.name


class _Reader:
    """Typed access to one file's mapping; every problem names the file and the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, detail: str) -> GoldFileError:
        return GoldFileError(self.path, detail, field=field)

    def mapping(self, value: Any, field: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(field, f"expected a mapping, got {_kind(value)}")
        return value

    def items(self, value: Any, field: str) -> Sequence[Any]:
        if not isinstance(value, list):
            raise self.fail(field, f"expected a list, got {_kind(value)}")
        return value

    def text(self, value: Any, field: str, *, required: bool = False) -> str | None:
        """A string; numbers and dates YAML read from unquoted text are accepted as written."""
        if value is None:
            if required:
                raise self.fail(field, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
            raise self.fail(field, f"expected text, got {_kind(value)}")
        text = str(value)  # a YAML date reads back as its ISO form
        if required and not text.strip():
            raise self.fail(field, "empty")
        return text

    def texts(self, value: Any, field: str) -> tuple[str, ...]:
        if value is None:
            return ()
        out = []
        for i, item in enumerate(self.items(value, field)):
            text = self.text(item, f"{field}[{i}]", required=True)
            assert text is not None
            out.append(text)
        return tuple(out)

    def keywords(self, value: Any, field: str) -> tuple[str, ...]:
        if value is None:
            raise self.fail(field, "missing; matching needs at least one keyword")
        words = self.texts(value, field)
        if not words:
            raise self.fail(field, "empty; matching needs at least one keyword")
        return words

    def flag(self, value: Any, field: str) -> bool:
        if value is None:
            return True
        if not isinstance(value, bool):
            raise self.fail(field, f"expected true or false, got {_kind(value)}")
        return value

    def count(self, value: Any, field: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(field, f"expected a whole number >= 0, got {value!r}")
        return value


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"[:80]


def parse_gold(data: Any, path: Path | str) -> GoldFile:
    """Validate one gold file's parsed YAML."""
    path = Path(path)
    r = _Reader(path)
    top = r.mapping(data, "(top level)")
    source = r.text(top.get("source"), "source", required=True)
    assert source is not None

    session = r.mapping(top.get("session") or {}, "session")
    date = session.get("date")
    speakers = tuple(
        _speaker(r, item, f"speakers[{i}]")
        for i, item in enumerate(r.items(top.get("speakers") or [], "speakers"))
    )
    return GoldFile(
        path=path,
        source=source,
        kind=r.text(top.get("kind"), "kind"),
        title=r.text(session.get("title"), "session.title"),
        date=r.text(date, "session.date") if date else None,
        speakers=speakers,
        # no ``speakers`` key: speakers are not annotated, so predicted ones are not counted wrong
        speakers_complete=r.flag(top.get("speakers_complete"), "speakers_complete")
        and "speakers" in top,
        organisations=_optional_list(r, top, "organisations", _organisation),
        organisations_optional=r.texts(top.get("organisations_optional"), "organisations_optional"),
        organisations_complete=r.flag(top.get("organisations_complete"), "organisations_complete"),
        action_points=_optional_list(r, top, "action_points", _action_point),
        action_points_optional=_optional_list(r, top, "action_points_optional", _action_point)
        or (),
        action_points_complete=r.flag(top.get("action_points_complete"), "action_points_complete"),
        themes=_optional_list(r, top, "themes", _theme),
    )


def _optional_list(
    r: _Reader, top: Mapping[str, Any], key: str, item: Any
) -> tuple[Any, ...] | None:
    if top.get(key) is None:
        return None
    return tuple(item(r, x, f"{key}[{i}]") for i, x in enumerate(r.items(top[key], key)))


def _speaker(r: _Reader, item: Any, field: str) -> GoldSpeaker:
    m = r.mapping(item, field)
    name = r.text(m.get("name"), f"{field}.name")
    label = r.text(m.get("label"), f"{field}.label")
    if not (name or label):
        raise r.fail(field, "a speaker needs a name or a label")
    return GoldSpeaker(
        name=name,
        label=label,
        aliases=r.texts(m.get("aliases"), f"{field}.aliases"),
        organisation=r.text(m.get("organisation"), f"{field}.organisation"),
        role=r.text(m.get("role"), f"{field}.role"),
        turns=r.count(m.get("turns"), f"{field}.turns"),
        words=r.count(m.get("words"), f"{field}.words"),
    )


def _organisation(r: _Reader, item: Any, field: str) -> GoldOrganisation:
    m = r.mapping(item, field)
    name = r.text(m.get("name"), f"{field}.name", required=True)
    assert name is not None
    return GoldOrganisation(name=name, aliases=r.texts(m.get("aliases"), f"{field}.aliases"))


def _action_point(r: _Reader, item: Any, field: str) -> GoldActionPoint:
    m = r.mapping(item, field)
    return GoldActionPoint(
        keywords=r.keywords(m.get("keywords"), f"{field}.keywords"),
        text=r.text(m.get("text"), f"{field}.text"),
        owner=r.text(m.get("owner"), f"{field}.owner"),
        due=r.text(m.get("due"), f"{field}.due"),
        kind=r.text(m.get("kind"), f"{field}.kind"),
        status=r.text(m.get("status"), f"{field}.status"),
    )


def _theme(r: _Reader, item: Any, field: str) -> GoldTheme:
    m = r.mapping(item, field)
    return GoldTheme(
        keywords=r.keywords(m.get("keywords"), f"{field}.keywords"),
        label=r.text(m.get("label"), f"{field}.label"),
    )


def load_gold(path: Path | str) -> GoldFile:
    """Read and validate one gold file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldFileError(path, "no such file", field="(file)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(path, f"cannot read: {exc}", field="(file)") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(yaml)"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise GoldFileError(path, f"not valid YAML: {problem}", field=where) from None
    return parse_gold(data, path)


def gold_folder(gold_dir: Path | str) -> Path:
    """``gold_dir`` itself, or its ``gold/`` subfolder when it holds no gold files of its own
    (``shared/eval`` → ``shared/eval/gold``)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldFileError(gold_dir, "not a folder of gold files", field="GOLD_DIR")
    if not _yaml_files(gold_dir) and (gold_dir / "gold").is_dir():
        return gold_dir / "gold"
    return gold_dir


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in GOLD_SUFFIXES and p.is_file())


def find_gold_files(gold_dir: Path | str) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files directly in ``gold_dir`` (see :func:`gold_folder`), sorted
    by name."""
    gold_dir = gold_folder(gold_dir)
    files = _yaml_files(gold_dir)
    if not files:
        raise GoldFileError(gold_dir, "holds no *.yaml gold files", field="GOLD_DIR")
    return files


def load_gold_dir(gold_dir: Path | str) -> list[GoldFile]:
    """Every gold file in ``gold_dir``, validated, in file-name order."""
    return [load_gold(p) for p in find_gold_files(gold_dir)]
