"""``OUT/.sessietool-manifest.json``: what each output was made from, so re-runs skip work.

Per input (keyed by its resolved path) the manifest records the path as given, the input's
sha256, the output file name, the tool version, the model label and a fingerprint of the options
that change the output (gazetteer and theme files' hashes, the output format, spaCy's version).
An input is skipped when every one of these is unchanged and its output file still exists.

The manifest is written atomically (temporary file, then rename) and flushed while the batch runs
(at most every :data:`FLUSH_SECONDS`, and when the run ends or is interrupted), so an interrupted
run keeps the progress it made. Runs into one folder may overlap: each write happens under an
exclusive lock (:data:`LOCK_NAME`, :mod:`.lock`), re-reads the manifest and merges this run's
changes into it (this run wins for the inputs it recorded or forgot), so no run's entries are lost.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__

NAME = ".sessietool-manifest.json"
LOCK_NAME = ".sessietool-manifest.lock"
SCHEMA = "sessietool.manifest/v1"
FLUSH_SECONDS = 2.0
MAX_BYTES = 256_000_000  # a larger (or non-regular) manifest file is ignored: everything re-runs


def file_sha256(path: str | Path) -> str:
    """sha256 of a file's bytes, ``missing`` when it cannot be read (or is not a regular file
    of at most :data:`~sessietool.language.MAX_FILE_BYTES`: a FIFO or /dev/zero is not read)."""
    from ..language import MAX_FILE_BYTES
    from ..safefile import read_regular

    try:
        return hashlib.sha256(read_regular(path, MAX_FILE_BYTES)).hexdigest()
    except OSError:
        return "missing"


def spacy_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("spacy")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def options_fingerprint(
    *, gazetteers: tuple[str, ...], themes: tuple[str, ...], fmt: str, model_meta: str = ""
) -> str:
    """A short hash of everything besides the input, tool and model label that shapes an output."""
    parts = {
        "format": fmt,
        "gazetteers": [file_sha256(p) for p in gazetteers],
        "themes": [file_sha256(p) for p in themes],
        "model_meta": model_meta,
        "spacy": spacy_version(),
    }
    blob = json.dumps(parts, sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


@dataclass(frozen=True)
class Entry:
    """What one output was made from."""

    source: str
    sha256: str
    output: str
    tool: str
    model: str
    options: str

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


def _utf8(data: object) -> bool:
    """True when ``data``'s text encodes as UTF-8 (paths with undecodable bytes do not: they are
    written as JSON escapes, which read back to the same strings)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_entries(path: Path) -> dict[str, dict[str, Any]]:
    """The entries of the manifest file ``path``; none when it is missing or unreadable."""
    from ..safefile import read_regular

    try:
        data = json.loads(read_regular(path, MAX_BYTES).decode("utf-8"))
        entries = data["inputs"] if data.get("schema") == SCHEMA else {}
    except (OSError, ValueError, KeyError, AttributeError, RecursionError):
        return {}  # a 100,000-deep JSON file is a RecursionError, not a ValueError
    return entries if isinstance(entries, dict) else {}


class Manifest:
    """The manifest of one output folder."""

    def __init__(self, out_dir: Path, entries: dict[str, dict[str, Any]] | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.entries: dict[str, dict[str, Any]] = entries or {}
        self._changes: dict[str, dict[str, Any] | None] = {}  # by this run; None: forgotten
        self._flushed = time.monotonic()

    @property
    def path(self) -> Path:
        return self.out_dir / NAME

    @classmethod
    def load(cls, out_dir: Path) -> Manifest:
        """The folder's manifest; an unreadable one is treated as empty (everything re-runs)."""
        return cls(Path(out_dir), read_entries(Path(out_dir) / NAME))

    def output_of(self, key: str) -> str | None:
        entry = self.entries.get(key)
        return entry.get("output") if isinstance(entry, dict) else None

    def is_current(self, key: str, wanted: Entry) -> bool:
        """True when ``key`` was made from exactly ``wanted`` and its output still exists."""
        entry = self.entries.get(key)
        return (
            isinstance(entry, dict)
            and entry == wanted.to_dict()
            and (self.out_dir / wanted.output).is_file()
        )

    def record(self, key: str, entry: Entry) -> None:
        self.entries[key] = self._changes[key] = entry.to_dict()
        if time.monotonic() - self._flushed >= FLUSH_SECONDS:
            self.flush()

    def forget(self, key: str) -> None:
        if self.entries.pop(key, None) is not None or key in self._changes:
            self._changes[key] = None

    def flush(self) -> None:
        """If this run changed anything since its last write: under the folder's lock, re-read
        the manifest, apply this run's changes to it and write it atomically; the merged
        entries become this manifest's. :class:`~sessietool.errors.OutputError` when the lock
        or the write fails (the changes are kept for the next flush)."""
        from ..output import write_atomic
        from .lock import locked

        self._flushed = time.monotonic()
        if not self._changes:
            return
        with locked(self.out_dir / LOCK_NAME):
            entries = read_entries(self.path)
            for key, entry in self._changes.items():
                if entry is None:
                    entries.pop(key, None)
                else:
                    entries[key] = entry
            data = {"schema": SCHEMA, "tool": f"sessietool {__version__}",
                    "inputs": dict(sorted(entries.items()))}
            text = json.dumps(data, indent=1, ensure_ascii=not _utf8(data)) + "\n"
            write_atomic(self.path, text)
        self.entries = entries
        self._changes = {}


# -- ownership: which outputs the manifest owns, and those whose input is gone --------------------

@dataclass(frozen=True)
class Orphan:
    """An output the manifest owns whose input no longer exists (deleted or renamed)."""

    key: str
    source: str
    output: Path


def owned_output(out_dir: Path, entry: object) -> Path | None:
    """The output file an entry owns: a plain ``<name>.yaml|.json`` directly in ``out_dir``
    (never the manifest, a hidden file, a path with folders, or a symbolic link); else None."""
    name = entry.get("output") if isinstance(entry, dict) else None
    if not isinstance(name, str) or not name or name != Path(name).name or name.startswith("."):
        return None
    if "/" in name or "\\" in name or Path(name).suffix not in (".yaml", ".json"):
        return None
    path = Path(out_dir) / name
    return path if path.is_file() and not path.is_symlink() else None


def orphans(manifest: Manifest) -> list[Orphan]:
    """Outputs whose input (the entry's resolved path) is gone, sorted by output name. An output
    also owned by an entry whose input still exists is not an orphan."""
    live: set[Path] = set()
    gone: list[Orphan] = []
    for key, entry in manifest.entries.items():
        output = owned_output(manifest.out_dir, entry)
        if output is None:
            continue
        if key != "-" and not Path(key).exists():
            source = entry.get("source") if isinstance(entry.get("source"), str) else key
            gone.append(Orphan(key, source, output))
        else:
            live.add(output)
    return sorted((o for o in gone if o.output not in live), key=lambda o: o.output.name)


def prune(manifest: Manifest, found: list[Orphan]) -> list[Path]:
    """Remove the orphans' outputs and forget their entries; flushes the manifest. Returns the
    files removed."""
    removed: list[Path] = []
    for orphan in found:
        if owned_output(manifest.out_dir, manifest.entries.get(orphan.key)) != orphan.output:
            continue  # the manifest no longer owns it as found
        orphan.output.unlink(missing_ok=True)
        removed.append(orphan.output)
        manifest.forget(orphan.key)
    manifest.flush()
    return removed
