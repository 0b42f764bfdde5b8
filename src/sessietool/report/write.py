"""Where ``sessietool report`` writes: one page per session and, for a folder, its index.

- one session, no output: the page as text (the CLI prints it);
- an output ending in ``.html``/``.md``: that one file (one session, or a folder's index);
- any other output is a folder: ``<stem>.html`` per session and, for a folder of summaries,
  ``index.html`` linking to them (Markdown: ``.md``, and the chart as ``themes.svg``).
Links to source lines are relative to where the page is written, when the source file exists.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import OutputError, UsageError
from .chart import Chart, trends_svg
from .folder import build_index
from .load import Loaded, load_folder, load_one
from .render import SUFFIXES, _check, render_index, render_session

PAGE_SUFFIXES = (".html", ".htm", ".md", ".markdown")


@dataclass
class Written:
    """What a report run produced: files written, or the text of a page for stdout."""

    files: list[Path] = field(default_factory=list)
    text: str | None = None


def source_href(source_path: str, page_dir: Path) -> str | None:
    """The source file relative to ``page_dir`` when it exists, else the path as recorded."""
    if not source_path or source_path == "-":
        return None
    path = Path(source_path)
    if not path.exists():
        return source_path
    return Path(os.path.relpath(path.resolve(), page_dir.resolve())).as_posix()


def _write(path: Path, text: str) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(path, detail=f"cannot write: {exc.strerror or exc}") from None
    return path


def _is_file_target(output: Path) -> bool:
    return output.suffix.lower() in PAGE_SUFFIXES and not output.is_dir()


def _names(loaded: Sequence[Loaded], suffix: str) -> list[str]:
    names: list[str] = []
    for item in loaded:
        stem, n = item.path.stem, 1
        name = f"{stem}{suffix}"
        while name in names or name == f"index{suffix}":
            n += 1
            name = f"{stem}-{n}{suffix}"
        names.append(name)
    return names


def _page(item: Loaded, format: str, page_dir: Path, index_href: str | None = None) -> str:
    href = source_href(str((item.data.get("source") or {}).get("path") or ""), page_dir)
    return render_session(item.data, format, source_href=href, index_href=index_href)


def report_files(
    inputs: Sequence[str | Path],
    *,
    format: str = "html",
    output: str | Path | None = None,
    options: Any = None,
    title: str | None = None,
    lookback: int = 2,
) -> Written:
    """Render the report of ``inputs`` (summaries, session files, or one folder of summaries)
    and write it to ``output`` as described in the module docstring."""
    _check(format)
    paths = [Path(p) for p in inputs]
    if not paths:
        raise UsageError(detail="give at least one summary, session file or folder")
    output = Path(output) if output is not None else None
    folders = [p for p in paths if p.is_dir()]
    if folders:
        if len(paths) > 1:
            raise UsageError(detail="give one folder of summaries on its own, or files")
        return _folder(folders[0], format, output, title, lookback)
    if output is None and len(paths) > 1:
        raise UsageError(detail="several sessions: give --output/-o a folder for their pages")
    if output is not None and _is_file_target(output) and len(paths) > 1:
        raise UsageError(detail=f"several sessions cannot go to one file '{output}'; "
                         "give -o a folder")
    loaded = [load_one(p, options=options) for p in paths]
    if output is None:
        return Written(text=_page(loaded[0], format, Path.cwd()))
    if _is_file_target(output):
        return Written(files=[_write(output, _page(loaded[0], format, output.parent))])
    names = _names(loaded, SUFFIXES[format])
    return Written(files=[
        _write(output / name, _page(item, format, output))
        for item, name in zip(loaded, names, strict=True)
    ])


def _folder(directory: Path, format: str, output: Path | None, title: str | None,
            lookback: int) -> Written:
    loaded = load_folder(directory)
    title = title or f"Sessies in {directory.resolve().name}"
    single = output is None or _is_file_target(output)
    index_dir = Path.cwd() if output is None else (output.parent if single else output)
    suffix = SUFFIXES[format]
    names = _names(loaded, suffix)
    items = [(item.data, item.summary) for item in loaded]
    hrefs = {
        k: h for k, item in enumerate(loaded)
        if (h := source_href(str((item.data.get("source") or {}).get("path") or ""), index_dir))
    }
    pages = {} if single else dict(enumerate(names))
    index = build_index(items, title=title, pages=pages, source_hrefs=hrefs, lookback=lookback)
    chart: Chart | None = None
    chart_file = None
    files: list[Path] = []
    if format == "html":
        chart = trends_svg(index.trends)
    elif not single:
        chart = trends_svg(index.trends)
        if chart.svg is not None:  # the same SVG, as a file beside the index
            chart_file = "themes.svg"
            files.append(_write(output / chart_file, chart.svg + "\n"))  # type: ignore[operator]
    text = render_index(index, format, chart=chart, chart_file=chart_file)
    if output is None:
        return Written(text=text)
    if single:
        return Written(files=[_write(output, text)])
    files.insert(0, _write(output / f"index{suffix}", text))
    for item, name in zip(loaded, names, strict=True):
        files.append(_write(output / name, _page(item, format, output, f"index{suffix}")))
    return Written(files=files)
