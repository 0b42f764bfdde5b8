"""A chart of theme scores over time (matplotlib, the optional ``plot`` extra, imported lazily).

Many sessions with many themes as lines in one axes are unreadable, so the chart is a grid of small
panels, one per theme (the top N by mean score), sharing both axes: dots for each session's score
and, from twelve sessions on, a line for the rolling mean of five sessions. The x axis is the
session date; when a session has no date the sessions are evenly spaced and labelled instead.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

from ..errors import InputError, MissingExtra, UsageError
from .trends import Trends

PLOT_SUFFIXES = (".png", ".svg", ".pdf")
SMOOTH_FROM = 12  # sessions; below this the scores are joined by a plain line
WINDOW = 5


def rolling_mean(values: list[float], window: int = WINDOW) -> list[float]:
    """Centred rolling mean; the window shrinks at both ends."""
    half = window // 2
    out = []
    for i in range(len(values)):
        part = values[max(0, i - half) : i + half + 1]
        out.append(sum(part) / len(part))
    return out


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _x_axis(trends: Trends) -> tuple[list[int], list[Any], bool]:
    """Which sessions to draw and where: the dated ones on a date axis when there are at least
    two of them, otherwise all of them evenly spaced."""
    dates = [_date(s.date) for s in trends.sessions]
    shown = [i for i, d in enumerate(dates) if d is not None]
    if len(shown) >= 2:
        return shown, [dates[i] for i in shown], True
    everything = list(range(len(trends.sessions)))
    return everything, everything, False


def check_plot_path(path: str | Path) -> Path:
    """``path`` if a chart can be written there (by its suffix), else :class:`UsageError`."""
    path = Path(path)
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageError(
            detail=f"cannot write a chart to '{path}': the file name must end in "
            + ", ".join(PLOT_SUFFIXES)
        )
    return path


def _matplotlib() -> Any:
    try:
        import matplotlib
    except ImportError as exc:
        raise MissingExtra(detail="matplotlib (needed for --plot)", extra="plot") from exc
    return matplotlib


def plot_themes(
    trends: Trends,
    path: str | Path,
    *,
    top: int = 8,
    keyphrases: bool = False,
    title: str | None = None,
) -> Path:
    """Write the chart of the ``top`` themes over time to ``path`` (.png, .svg or .pdf).

    Keyphrase themes are left out unless ``keyphrases`` (or there are no taxonomy themes);
    sessions without a date are left out when at least two sessions have one.
    """
    path = check_plot_path(path)
    themes = trends.top_themes(max(1, top), keyphrases=keyphrases)
    if not themes:
        raise InputError(detail="the summaries have no themes to plot")
    matplotlib = _matplotlib()
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    shown, xs, dated = _x_axis(trends)
    n = len(themes)
    ncols = 1 if n <= 3 else 2
    nrows = math.ceil(n / ncols)
    smooth = len(xs) >= SMOOTH_FROM
    series = {t.id: [t.scores[i] for i in shown] for t in themes}
    peak = max(max(s) for s in series.values()) or 1.0

    with matplotlib.rc_context({"svg.hashsalt": "sessietool", "font.size": 9}):
        fig = Figure(figsize=(5.5 * ncols, 1.8 * nrows + 0.9), layout="constrained")
        axes = fig.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False)
        colours = matplotlib.colormaps["tab10"]
        for k, ax in enumerate(axes.flat):
            if k >= n:
                ax.set_visible(False)
                continue
            theme = themes[k]
            scores = series[theme.id]
            colour = colours(k % 10)
            if smooth:
                ax.scatter(xs, scores, s=9, color=colour, alpha=0.45, linewidths=0)
                ax.plot(xs, rolling_mean(scores), color=colour, linewidth=1.8)
            else:
                ax.plot(xs, scores, color=colour, linewidth=1.5, marker="o", markersize=3)
            present = sum(1 for v in scores if v > 0)
            mean = sum(scores) / len(scores)
            ax.set_title(
                f"{theme.label}  (mean {mean:.0%}, in {present} of {len(xs)} sessions)",
                loc="left",
                fontsize=9,
            )
            ax.set_ylim(0, peak * 1.08)
            ax.yaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
            ax.grid(True, color="#dddddd", linewidth=0.6)
            ax.set_axisbelow(True)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
        if dated:
            from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

            locator = AutoDateLocator()
            for ax in axes.flat:
                ax.xaxis.set_major_locator(locator)
                ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        else:
            labels = [trends.sessions[i].label for i in shown]
            step = max(1, math.ceil(len(labels) / 12))
            for ax in axes[-1]:
                ax.set_xticks(xs[::step], labels[::step], rotation=45, ha="right")
        legend = (
            f"dots: score per session; line: mean of {WINDOW} sessions" if smooth
            else "score per session"
        )
        left_out = len(trends.sessions) - len(shown)
        if left_out:
            legend += f"; {left_out} session{'s' if left_out > 1 else ''} without a date left out"
        fig.suptitle(
            (title or f"Theme scores over time (top {n} themes by mean score)") + f"\n{legend}",
            fontsize=10,
        )
        fig.supylabel("share of the session's theme evidence", fontsize=9)
        path.parent.mkdir(parents=True, exist_ok=True)
        metadata = {".svg": {"Date": None}, ".pdf": {"CreationDate": None}}.get(
            path.suffix.lower(), {"Software": None}
        )
        fig.savefig(path, dpi=150, metadata=metadata)
    return path
