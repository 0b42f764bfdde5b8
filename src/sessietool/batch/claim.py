"""Output names taken atomically, so no run overwrites a summary made from another input.

Two runs started together into one folder (or one run after the manifest was deleted) can give
two inputs with the same stem the same output name. :func:`write_claimed` writes the text to a
temporary file and then *links* it to the name (``link`` fails when the name exists, atomically;
where hard links are not supported an ``O_CREAT | O_EXCL`` placeholder is created and replaced).
An existing file is replaced only when this input owns it: the manifest says so, or the summary
in it names this input as its source. Otherwise the next candidate name is tried
(``<stem>-<hash>.yaml``, then ``<stem>-<hash>-2.yaml``, ...).
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import yaml

from ..errors import OutputError
from ..output import file_mode, write_temporary

CANDIDATES = 50  # names tried per input before giving up
PEEK_BYTES = 16_384  # how much of an existing output is read to find its source


def candidates(path: Path, key: str) -> Iterator[Path]:
    """``path``, then names with a short hash of the input's key and a counter."""
    yield path
    stem, suffix = path.name.rsplit(".", 1) if "." in path.name else (path.name, "")
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    base = stem if stem.endswith(f"-{digest}") else f"{stem}-{digest}"
    dot = f".{suffix}" if suffix else ""
    yield path.with_name(f"{base}{dot}")
    for n in range(2, CANDIDATES):
        yield path.with_name(f"{base}-{n}{dot}")


def recorded_source(path: Path) -> str | None:
    """``source.path`` of the summary in ``path`` (a regular file), None when it is none."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            head = fh.read(PEEK_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    if head.lstrip().startswith("{"):
        match = re.search(r'"source":\s*\{\s*"path":\s*("(?:[^"\\]|\\.)*")', head)
        try:
            return json.loads(match.group(1)) if match else None
        except ValueError:
            return None
    top, _sep, _rest = head.partition("\ngenerator:")
    try:
        data = yaml.safe_load(top)
    except yaml.YAMLError:
        return None
    source = data.get("source") if isinstance(data, dict) else None
    value = source.get("path") if isinstance(source, dict) else None
    return value if isinstance(value, str) else None


def made_from(path: Path, source: str, key: str) -> bool:
    """True when the summary in ``path`` was made from this input (as given, or resolved)."""
    recorded = recorded_source(path)
    if recorded is None:
        return False
    from ..api import display_path

    if recorded in (source, display_path(source)):
        return True
    try:
        return os.path.realpath(recorded) == key
    except (OSError, ValueError):
        return False


def _take(tmp: str, path: Path) -> bool:
    """Give ``tmp`` the name ``path`` if nobody has it: True when taken, False when it exists."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK):
            raise
        try:  # no hard links here: reserve the name, then replace the placeholder
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            return False
        os.replace(tmp, path)
        return True
    os.unlink(tmp)
    return True


def write_claimed(path: Path, text: str, *, source: str, key: str, owned: bool) -> Path:
    """Write ``text`` atomically to ``path`` or, when another input's output holds that name,
    to the first free candidate name; the path written. ``owned``: the manifest says ``path``
    is this input's output (it is replaced as it is)."""
    tmp = ""
    try:
        tmp = write_temporary(path.parent, text, file_mode(path))
        if owned:
            os.replace(tmp, path)
            return path
        for candidate in candidates(path, key):
            if _take(tmp, candidate):
                return candidate
            if made_from(candidate, source, key):
                os.replace(tmp, candidate)
                return candidate
        raise OutputError(path, f"no free output name after {CANDIDATES} tries")
    except (OSError, UnicodeError) as exc:
        raise OutputError(path, f"cannot write: {getattr(exc, 'strerror', None) or exc}"
                          ) from None
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
