"""Writing summaries: deterministic YAML/JSON text, safe output names, atomic files."""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

import yaml

from .errors import OutputError
from .inputs import SUMMARY_SUFFIXES, SUPPORTED_SUFFIXES

FORMATS = ("yaml", "json")
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                    *(f"lpt{i}" for i in range(10))}


# An input's or a summary's own suffix is dropped from the output name (the readers' list and
# the summary files').
_KNOWN_SUFFIX = re.compile(
    "(" + "|".join(re.escape(s) for s in (*SUPPORTED_SUFFIXES, *SUMMARY_SUFFIXES)) + ")$",
    re.I,
)

_BASE = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: same text, 4x faster


class _Dumper(_BASE):  # type: ignore[misc, valid-type]
    """Block style for mappings, flow style for short lists of scalars (lines, aliases)."""


def _represent_list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = _flow(data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def dumps(data: Any, fmt: str = "yaml", *, flow_lists: bool = True) -> str:
    """Serialise plain data (a summary, a diff, trends, misses); byte-identical for identical
    data. The one YAML/JSON writer of the package. ``flow_lists=False``: every list in block
    style (reports read by people: diff, trends, misses)."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    options = {"allow_unicode": True, "width": 100}
    try:
        node = _node(data, flow_lists)
    except _Unplain:  # a type PyYAML's safe representer knows (a date) or refuses: let it
        return yaml.dump(data, Dumper=_Dumper if flow_lists else _BASE, sort_keys=False,
                         default_flow_style=False, **options)
    return yaml.serialize(node, Dumper=_BASE, **options)


class _Unplain(Exception):
    """Data that is not plain dicts, lists, strings, numbers, booleans and None."""


_TAG = "tag:yaml.org,2002:"


def _float(value: float) -> str:
    """As PyYAML's ``SafeRepresenter.represent_float`` writes it."""
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text


_SCALARS: dict[type, Any] = {
    str: lambda v: yaml.ScalarNode(_TAG + "str", v),
    int: lambda v: yaml.ScalarNode(_TAG + "int", str(v)),
    bool: lambda v: yaml.ScalarNode(_TAG + "bool", "true" if v else "false"),
    float: lambda v: yaml.ScalarNode(_TAG + "float", _float(v)),
    type(None): lambda v: yaml.ScalarNode(_TAG + "null", "null"),
}


def _node(data: Any, flow_lists: bool) -> yaml.Node:
    """The YAML node PyYAML's safe representer makes of plain data with :class:`_Dumper`'s list
    styles (block mappings; flow for short lists of short scalars), built directly: the
    representer's generic dispatch is most of a summary's writing time."""
    scalar = _SCALARS.get(type(data))
    if scalar is not None:
        return scalar(data)
    if type(data) is dict:
        return yaml.MappingNode(_TAG + "map", [(_node(k, flow_lists), _node(v, flow_lists))
                                               for k, v in data.items()], flow_style=False)
    if type(data) is list:
        flow = flow_lists and _flow(data)
        return yaml.SequenceNode(_TAG + "seq", [_node(x, flow_lists) for x in data],
                                 flow_style=flow)
    raise _Unplain


def _flow(data: list) -> bool:
    """Whether :func:`_represent_list` writes the list in flow style."""
    return (bool(data) and len(data) <= 12 and all(isinstance(x, int | float | str) for x in data)
            and not any(isinstance(x, str) and len(x) > 40 for x in data))


def safe_stem(name: str) -> str:
    """A file stem that cannot leave the output folder or name a device."""
    stem = Path(name.replace("\\", "/")).name
    stem = _KNOWN_SUFFIX.sub("", stem)
    stem = re.sub(r"[^\w.\-]+", "_", stem).strip("._") or "session"
    if stem.lower().split(".")[0] in _WINDOWS_DEVICES:
        stem = f"_{stem}"
    return _bounded(stem, STEM_BYTES)


STEM_BYTES = 150  # file names are limited to 255 bytes; leave room for suffixes and temp names


def _bounded(stem: str, limit: int) -> str:
    """``stem`` cut to at most ``limit`` bytes of UTF-8 (whole characters)."""
    data = stem.encode("utf-8", "surrogateescape")
    if len(data) <= limit:
        return stem
    return data[:limit].decode("utf-8", "ignore") or "session"


def output_path(out_dir: Path, source: str, fmt: str, taken: set[Path] | None = None) -> Path:
    """``OUT/<stem>.<fmt>``; a stem already taken by another input gets a short hash suffix."""
    suffix = "yaml" if fmt == "yaml" else "json"
    path = out_dir / f"{safe_stem(source)}.{suffix}"
    if taken is not None:
        if path in taken:
            digest = hashlib.sha256(str(Path(source).resolve()).encode()).hexdigest()[:8]
            path = out_dir / f"{safe_stem(source)}-{digest}.{suffix}"
        taken.add(path)
    return path


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode(path: Path) -> int:
    """The mode a (re)written file gets: an existing file's own mode, else 0666 less the umask
    (0644 under the usual umask 022), as ``open()`` would create it."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def write_temporary(folder: Path, text: str, mode: int) -> str:
    """``text`` in a new temporary file of ``folder`` with file mode ``mode`` (``mkstemp`` alone
    would leave it 0600); its path. Removed again if writing fails."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".sessietool-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            if hasattr(os, "fchmod"):  # POSIX; Windows files have no such modes
                os.fchmod(fh.fileno(), mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder, then rename: never a half-written file.

    The file is readable as the umask says and a file that already exists keeps its mode."""
    tmp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = write_temporary(path.parent, text, file_mode(path))
        os.replace(tmp, path)
    except (OSError, UnicodeError) as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
