"""Output file names: one distinct, stable name per input, and the output folder itself."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .discover import Input
from .manifest import Manifest


def manifest_output(name: object, suffix: str) -> str | None:
    """A name the manifest records as an output, if it is one this run may write: a plain file
    name in the output folder with the run's suffix (not absolute, no folder part, not hidden,
    not too long); anything else (``/etc/x.yaml``, ``../x.yaml``, ``5``) is ignored and the input
    gets a fresh name, as if it had no entry."""
    if not isinstance(name, str) or not name.endswith(f".{suffix}") or name.startswith("."):
        return None
    if "/" in name or "\\" in name or "\0" in name or Path(name).name != name:
        return None
    if len(name.encode("utf-8", "surrogateescape")) > 255:
        return None
    return name


def output_names(
    inputs: Sequence[Input], out_dir: Path, fmt: str, manifest: Manifest
) -> list[str]:
    """A distinct output file name per input, stable across runs.

    Names recorded in the manifest for inputs of this run are kept (when valid, see
    :func:`manifest_output`); outputs recorded for other inputs (earlier runs over other folders)
    are not overwritten; inputs with the same stem from different folders get a short hash
    suffix (:func:`sessietool.output.output_path`).
    """
    from ..output import output_path

    suffix = "yaml" if fmt == "yaml" else "json"
    keys = {item.key for item in inputs}
    taken: set[Path] = set()
    for key, entry in manifest.entries.items():
        name = manifest_output(entry.get("output") if isinstance(entry, dict) else None, suffix)
        if key not in keys and name and (out_dir / name).is_file():
            taken.add(out_dir / name)
    names: list[str | None] = [None] * len(inputs)
    for i, item in enumerate(inputs):  # first the names earlier runs gave these inputs
        name = manifest_output(manifest.output_of(item.key), suffix)
        if name and out_dir / name not in taken:
            taken.add(out_dir / name)
            names[i] = name
    for i, item in enumerate(inputs):
        if names[i] is None:
            source = "stdin" if item.is_stdin else item.source
            names[i] = output_path(out_dir, source, fmt, taken).name
    return [n or "" for n in names]


def output_folder(out_dir: Path | str) -> Path:
    """The output folder, created if needed; :class:`~sessietool.errors.OutputError` (one line,
    no traceback) when it cannot be: an empty name, a file or device (``/dev/null``), a
    dangling symlink, a path below a file (``afile/sub``), no permission."""
    from ..errors import UsageError

    if str(out_dir) == "":
        raise UsageError(detail="the output folder must not be empty (use -o . for this folder)")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        kind = "a dangling symlink" if out.is_symlink() and not out.exists() else "not a folder"
        raise UsageError(out, f"cannot use as the output folder: {kind}") from None
    except (OSError, RuntimeError) as exc:
        raise UsageError(out, "cannot create the output folder: "
                          f"{getattr(exc, 'strerror', None) or exc}") from None
    if not out.is_dir():  # pragma: no cover - mkdir(exist_ok=True) succeeded on a non-folder
        raise UsageError(out, "cannot use as the output folder: not a folder")
    return out
