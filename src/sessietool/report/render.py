"""Pages as text: one session's page and a folder's index, HTML or Markdown, from Jinja2 templates.

The templates are package data (``report/templates``). HTML is autoescaped, so no string of a
summary can add markup; Markdown escapes the characters that GitHub would read as markup.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any
from urllib.parse import quote

from ..errors import UsageError
from .chart import Chart
from .folder import FolderIndex
from .model import build_page

FORMATS = ("html", "markdown")
SUFFIXES = {"html": ".html", "markdown": ".md"}

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(value: Any) -> str:
    """``value`` as one line of Markdown text that renders literally (``None`` -> ``""``)."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def mdurl(value: Any) -> str:
    """A link target for Markdown: spaces and brackets percent-encoded, ``#`` kept."""
    return quote(str(value), safe="/#:.-_~%")


@cache
def environment(format: str) -> Any:
    """The Jinja2 environment of ``format`` (HTML: autoescape on)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("sessietool.report", "templates"),
        autoescape=format == "html",
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["md"] = md
    env.filters["mdurl"] = mdurl
    return env


def _check(format: str) -> str:
    if format not in FORMATS:
        raise UsageError(detail=f"unknown report format '{format}'; use " + " or ".join(FORMATS))
    return format


def _template(kind: str, format: str) -> Any:
    suffix = "html" if _check(format) == "html" else "md"
    return environment(format).get_template(f"{kind}.{suffix}.j2")


def _tidy(text: str) -> str:
    """At most one blank line in a row, one newline at the end."""
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def render_session(
    data: Mapping[str, Any],
    format: str = "html",
    *,
    source_href: str | None = None,
    index_href: str | None = None,
) -> str:
    """The page of one session from its summary's plain data (``Summary.to_dict()`` or the YAML
    as read). Links to source lines point to ``source_href`` (default: the recorded source
    path); ``index_href`` adds a link back to the folder's index."""
    page = build_page(data, source_href=source_href)
    href = source_href if source_href is not None else (page.source_path or None)
    text = _template("session", format).render(page=page, source_href=href,
                                               index_href=index_href)
    return _tidy(text)


def render_index(index: FolderIndex, format: str = "html", *, chart: Chart | None = None,
                 chart_file: str | None = None) -> str:
    """The index page of a folder: its sessions, the action register and the chart (HTML: the
    inline ``chart`` or its note; Markdown: an image link to ``chart_file``, else the note)."""
    text = _template("index", format).render(index=index, chart=chart, chart_file=chart_file)
    return _tidy(text)
