"""Language data (gazetteers, name words, action cues, theme taxonomies) loaded from YAML files.

The defaults are package data files in ``sessietool/data``; users add their own files with
``--gazetteer`` / ``--themes`` (or the config). Files are read with ``yaml.safe_load`` and
validated; a bad file raises :class:`DataFileError` naming the file and the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError
from .textnorm import slugify  # noqa: F401  (re-exported: the one slug rule)


@dataclass(frozen=True)
class OrgEntry:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThemeEntry:
    id: str
    label: str
    terms: tuple[str, ...]  # lemma or word prefixes, lower case; multiword terms allowed


@dataclass
class LanguageData:
    organisations: list[OrgEntry] = field(default_factory=list)
    themes: list[ThemeEntry] = field(default_factory=list)
    people: dict[str, Any] = field(default_factory=dict)
    actions: dict[str, Any] = field(default_factory=dict)
    not_organisations: frozenset[str] = frozenset()
    max_themes: int = 8  # themes listed per session (--max-themes)
    # compiled patterns built from this data by the extractors, built once
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def compiled(self, key: str, build: Callable[[LanguageData], Any]) -> Any:
        """``build(self)`` once per key, then from the cache."""
        if key not in self.cache:
            self.cache[key] = build(self)
        return self.cache[key]

    def org_by_alias(self) -> dict[str, OrgEntry]:
        """Every name and alias, case-folded, to its entry."""
        table: dict[str, OrgEntry] = {}
        for org in self.organisations:
            for form in (org.name, *org.aliases):
                table.setdefault(form.casefold(), org)
        return table

    # Word lists of action points (data/actions.yaml)
    def action_words(self, key: str) -> frozenset[str]:
        """A word list of the action data, case-folded (``finite_verbs``, ``name_particles`` …)."""
        return self.compiled(
            f"action-words:{key}",
            lambda d: frozenset(str(w).casefold() for w in d.actions.get(key) or []),
        )

    def action_word_pattern(self, key: str) -> re.Pattern[str]:
        r"""``\b(?:w1|w2|…)\b`` over a word list of the action data, case-insensitive (a
        pattern that matches nothing for an empty list)."""

        def build(d: LanguageData) -> re.Pattern[str]:
            words = sorted(d.action_words(key), key=lambda w: (-len(w), w))
            alts = "|".join(map(re.escape, words)) or r"(?!x)x"
            return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)

        return self.compiled(f"action-word-pattern:{key}", build)

    # Words about names (data/name_words.yaml plus the user's gazetteer lists)
    def name_words(self, key: str) -> frozenset[str]:
        """One list of ``name_words.yaml`` (with the user's additions), case-folded."""
        return self.compiled(
            f"name_words:{key}",
            lambda lang: frozenset(str(w).casefold() for w in lang.people.get(key, [])),
        )

    def label_particles(self) -> frozenset[str]:
        """Lower-case words allowed inside a speaker label: particles and offices."""
        return self.name_words("label_particles")

    def not_speakers(self) -> frozenset[str]:
        """First words of marker and metadata lines, never a speaker label."""
        return self.name_words("not_speakers")

    def organisation_connectors(self) -> frozenset[str]:
        """Lower-case words allowed inside an organisation's name."""
        return self.name_words("organisation_connectors")

    # First names, date words and stopwords: package data files, read once
    @staticmethod
    def first_names() -> frozenset[str]:
        """First names from ``data/first_names.txt`` (``#`` lines are comments)."""
        return _first_names()

    @staticmethod
    def stopwords() -> frozenset[str]:
        """Dutch stopwords from ``data/stopwords-nl.txt``, as written (not folded)."""
        return _stopwords()

    @staticmethod
    def date_words() -> dict[str, Any]:
        """``data/dates.yaml``: month names, season phrases and relative date words."""
        return _date_words()

    # Word lists of single extractors and readers: package data files, read once
    @staticmethod
    def function_words() -> dict[str, Any]:
        """``data/function_words.yaml``: ``languages`` and ``not_names``, a word list per
        ISO 639-1 code (the language check)."""
        return _package_data("function_words.yaml")

    @staticmethod
    def theme_words() -> dict[str, Any]:
        """``data/theme_words.yaml``: the word lists the theme extractor leaves out."""
        return _package_data("theme_words.yaml") or {}

    @staticmethod
    def meeting_words() -> tuple[str, ...]:
        """``data/meeting_words.txt``: words that make a line the name of a meeting."""
        return _word_lines("meeting_words.txt")

    @staticmethod
    def table_headers() -> frozenset[str]:
        """``data/table_headers.txt``: words of a table's header cells, lower case."""
        return frozenset(w.lower() for w in _word_lines("table_headers.txt"))

    @staticmethod
    def session_words() -> dict[str, tuple[str, ...]]:
        """``data/session_words.yaml``: bare titles, document words, subject labels and online
        phrases of a document's head, lower case."""
        data = _package_data("session_words.yaml") or {}
        return {key: tuple(str(w).lower() for w in words or ()) for key, words in data.items()}

    @staticmethod
    def letterhead_labels() -> dict[str, Any]:
        """``data/letterhead.yaml``: per letterhead field, the labels that introduce it."""
        return _package_data("letterhead.yaml") or {}


# Lists of name_words.yaml a user's gazetteer may extend (its words are added)
NAME_WORD_LISTS = ("label_particles", "not_speakers", "organisation_connectors")
# Lists of actions.yaml a user's gazetteer may extend: every list of words or patterns (its
# items are added; a pattern must compile) and the {pattern, kind} cue lists below.
ACTION_CUE_LISTS = ("markers", "motion_clauses", "list_headings")
ACTION_KINDS = ("action", "decision", "agreement", "request", "commitment", "open-question")


# Limits on a user's data file: far above any real gazetteer or taxonomy (the bundled ones are
# 15 KB), far below what would take the batch's memory or minutes to load.
MAX_FILE_BYTES = 4_000_000
MAX_ENTRIES = 20_000
MAX_ALIASES = 100  # YAML aliases (*ref) per file: anchors are a convenience, not a compressor
MAX_TEXT_CHARS = 300  # one name, alias, term or label


class _TooManyAliases(yaml.YAMLError):
    pass


class _LimitedLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses more than :data:`MAX_ALIASES` aliases, so an anchor
    expanded a billion times ("billion laughs") cannot blow up whatever walks the data."""

    aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise _TooManyAliases(f"more than {MAX_ALIASES} YAML aliases")
        return super().compose_node(parent, index)


def _read_yaml(path: Path | str, text: str | None = None) -> Any:
    """A data file's YAML: regular files only (a FIFO or /dev/zero is refused, not read), at
    most :data:`MAX_FILE_BYTES`, few aliases, nesting within Python's recursion limit."""
    from .safefile import NotRegular, TooBig, read_regular

    try:
        raw = text if text is not None else read_regular(path, MAX_FILE_BYTES).decode("utf-8")
        loader = _LimitedLoader(raw)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except FileNotFoundError:
        raise DataFileError(path, "no such file") from None
    except NotRegular:
        raise DataFileError(path, "not a regular file") from None
    except TooBig as exc:
        raise DataFileError(path, f"too large: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}"
                            ) from None
    except _TooManyAliases as exc:
        raise DataFileError(path, f"not accepted: {exc}") from None
    except RecursionError:
        raise DataFileError(path, "not accepted: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise DataFileError(path, f"not valid YAML{where}") from None


def _entries(path: Any, data: list) -> list:
    """The list of entries of a data file, refusing more than :data:`MAX_ENTRIES`."""
    if len(data) > MAX_ENTRIES:
        raise DataFileError(path, f"{len(data):,} entries is more than the limit of "
                            f"{MAX_ENTRIES:,}; split the file or remove entries")
    return data


def _texts(path: Any, value: Any, what: str) -> tuple[str, ...]:
    """A list of non-empty strings (numbers allowed), each at most :data:`MAX_TEXT_CHARS`."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        raise DataFileError(path, f"{what} must be a list of strings")
    texts = tuple(str(v) for v in value)
    for text in texts:
        if not text.strip():
            raise DataFileError(path, f"{what} must not hold an empty string")
        if len(text) > MAX_TEXT_CHARS:
            raise DataFileError(path, f"{what}: '{text[:40]}...' is longer than "
                                f"{MAX_TEXT_CHARS} characters")
    if len(texts) > MAX_ENTRIES:
        raise DataFileError(path, f"{what}: more than {MAX_ENTRIES:,} items")
    return texts


def _package_yaml(name: str) -> Any:
    text = resources.files("sessietool.data").joinpath(name).read_text(encoding="utf-8")
    return _read_yaml(f"sessietool/data/{name}", text)


def _need(path: Any, entry: Any, index: int, key: str, kind: type = str) -> Any:
    value = entry.get(key) if isinstance(entry, dict) else None
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise DataFileError(
            path, f"entry {index + 1}: field '{key}' must be a non-empty {kind.__name__}"
        )
    if kind is str and len(value) > MAX_TEXT_CHARS:
        raise DataFileError(path, f"entry {index + 1}: field '{key}' is longer than "
                            f"{MAX_TEXT_CHARS} characters")
    return value


def _str_list(path: Any, entry: dict, index: int, key: str) -> tuple[str, ...]:
    return _texts(path, entry.get(key) or [], f"entry {index + 1}: field '{key}'")


def parse_organisations(data: Any, path: Any) -> list[OrgEntry]:
    """Validate a gazetteer: a list (or ``organisations:`` list) of {name, kind, aliases, id}."""
    if isinstance(data, dict):
        data = data.get("organisations")
    if not isinstance(data, list):
        raise DataFileError(path, "field 'organisations' must be a list of entries")
    out = []
    for i, entry in enumerate(_entries(path, data)):
        name = _need(path, entry, i, "name")
        out.append(
            OrgEntry(
                id=str(entry.get("id") or slugify(name)),
                name=name,
                kind=str(entry.get("kind") or "overig"),
                aliases=_str_list(path, entry, i, "aliases"),
            )
        )
    return out


def parse_themes(data: Any, path: Any) -> list[ThemeEntry]:
    """Validate a theme taxonomy: a list (or ``themes:`` list) of {label, terms, id}."""
    if isinstance(data, dict):
        data = data.get("themes")
    if not isinstance(data, list):
        raise DataFileError(path, "field 'themes' must be a list of entries")
    out = []
    for i, entry in enumerate(_entries(path, data)):
        label = _need(path, entry, i, "label")
        terms = _str_list(path, entry, i, "terms")
        if not terms:
            raise DataFileError(path, f"entry {i + 1}: field 'terms' must not be empty")
        out.append(
            ThemeEntry(
                id=str(entry.get("id") or slugify(label)),
                label=label,
                terms=tuple(t.lower() for t in terms),
            )
        )
    return out


def _merge_by_id(base: list, extra: list) -> list:
    """User entries replace default entries with the same id, new ones are appended."""
    ids = {e.id for e in extra}
    return [e for e in base if e.id not in ids] + extra


@lru_cache(maxsize=8)
def load_language_data(
    gazetteers: tuple[str, ...] = (),
    theme_files: tuple[str, ...] = (),
    replace_themes: bool = False,
) -> LanguageData:
    """Package defaults plus the user's files (later files win on equal ids)."""
    gaz = _package_yaml("organisations.yaml")
    orgs = parse_organisations(gaz, "sessietool/data/organisations.yaml")
    not_orgs = frozenset(w.casefold() for w in (gaz.get("not_organisations") or []))
    people = {**_package_yaml("people.yaml"), **_package_yaml("name_words.yaml")}
    actions = _package_yaml("actions.yaml")
    for path in gazetteers:
        data = _read_yaml(path)
        orgs = _merge_by_id(orgs, parse_organisations(data, path))
        if isinstance(data, dict) and data.get("not_organisations") is not None:
            words = _texts(path, data["not_organisations"], "field 'not_organisations'")
            not_orgs |= {w.casefold() for w in words}
        for key in NAME_WORD_LISTS:
            if isinstance(data, dict) and data.get(key) is not None:
                people[key] = [*people.get(key, []), *_texts(path, data[key], f"field '{key}'")]
        if isinstance(data, dict):
            actions = _extend_actions(actions, data, path)
    themes = (
        []
        if replace_themes
        else parse_themes(_package_yaml("themes.yaml"), "sessietool/data/themes.yaml")
    )
    for path in theme_files:
        themes = _merge_by_id(themes, parse_themes(_read_yaml(path), path))
    return LanguageData(
        organisations=orgs,
        themes=themes,
        people=people,
        actions=actions,
        not_organisations=not_orgs,
    )


def _extend_actions(actions: dict[str, Any], data: dict, path: Any) -> dict[str, Any]:
    """The action data with a user file's additions: its items of any list key of
    ``actions.yaml`` appended (patterns checked to compile, cue entries to have a kind; a motion
    clause may name its ``owner``, whom it addresses)."""
    out = dict(actions)
    for key, base in actions.items():
        if data.get(key) is None or not isinstance(base, list):
            continue
        if key in ACTION_CUE_LISTS:
            items = data[key]
            if not isinstance(items, list):
                raise DataFileError(path, f"field '{key}' must be a list")
            extra = [
                {"pattern": _need(path, e, i, "pattern"), "kind": _need(path, e, i, "kind"),
                 **({"owner": e["owner"]} if isinstance(e.get("owner"), str) else {})}
                for i, e in enumerate(items)
            ]
            bad = [e["kind"] for e in extra if e["kind"] not in ACTION_KINDS]
            if bad:
                raise DataFileError(path, f"field '{key}': kind '{bad[0]}' is not one of "
                                    f"{', '.join(ACTION_KINDS)}")
            patterns = [e["pattern"] for e in extra]
        else:
            extra = list(_texts(path, data[key], f"field '{key}'"))
            patterns = extra
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error:
                raise DataFileError(path, f"field '{key}': '{pattern[:40]}' is not a valid "
                                    "pattern") from None
        out[key] = [*base, *extra]
    return out


# Package data read once, behind LanguageData's accessors
@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    text = resources.files("sessietool.data").joinpath("first_names.txt").read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    text = resources.files("sessietool.data").joinpath("stopwords-nl.txt").read_text("utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(w for w in words if w)


@lru_cache(maxsize=1)
def _date_words() -> dict[str, Any]:
    return _package_data("dates.yaml")


@cache
def _package_data(name: str) -> Any:
    """A package YAML data file as parsed (read once; callers do not change it)."""
    return yaml.safe_load(resources.files("sessietool.data").joinpath(name).read_text("utf-8"))


@cache
def _word_lines(name: str) -> tuple[str, ...]:
    """The non-empty lines of a package word list, stripped, ``#`` comment lines left out."""
    text = resources.files("sessietool.data").joinpath(name).read_text("utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
