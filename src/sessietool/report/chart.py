"""The trends chart of a folder as inline SVG, drawn by :func:`sessietool.compare.plot.plot_themes`.

matplotlib is the optional ``plot`` extra: without it (or without themes) there is no chart and
:func:`trends_svg` says why in a note the page shows instead.
"""
from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..compare.trends import Trends
from ..errors import SessietoolError

_PROLOG = re.compile(r"^.*?(?=<svg\b)", re.S)  # XML declaration, DOCTYPE and comments before it
_IDS = re.compile(r'\bid="([^"]+)"')


@dataclass
class Chart:
    svg: str | None  # the <svg> element, or None
    note: str | None  # why there is no chart


def trends_svg(trends: Trends, *, top: int = 8, label: str = "Thema's over tijd",
               id_prefix: str = "chart-") -> Chart:
    """The chart of the ``top`` themes over time as an ``<svg>`` element to put in a page (its
    ids prefixed with ``id_prefix`` so they cannot clash with the page's own), or a note."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return Chart(None, "Geen grafiek: matplotlib ontbreekt "
                           "(pip install 'sessietool[plot]').")
    if not trends.top_themes(top):
        return Chart(None, "Geen grafiek: de samenvattingen hebben geen thema's.")
    from matplotlib import rc_context

    from ..compare.plot import plot_themes

    with tempfile.TemporaryDirectory() as tmp, rc_context({"svg.fonttype": "none"}):
        path = Path(tmp) / "trends.svg"
        try:
            plot_themes(trends, path, top=top)
        except SessietoolError as exc:
            return Chart(None, f"Geen grafiek: {exc}")
        svg = path.read_text(encoding="utf-8")
    svg = _PROLOG.sub("", svg, count=1).strip()
    svg = _IDS.sub(lambda m: f'id="{id_prefix}{m.group(1)}"', svg)
    svg = re.sub(r'(url\(#|href="#)([^")]+)', lambda m: f"{m.group(1)}{id_prefix}{m.group(2)}",
                 svg)
    escaped = label.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escaped}" class="chart" ', 1)
    return Chart(svg, None)
