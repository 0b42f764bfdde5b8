"""Rendering diffs and trends: rich tables for a terminal; Markdown, CSV, JSON, YAML for machines.

Every renderer but the rich one returns a string. The tables are described once (:class:`Table`)
and drawn either with rich or as Markdown, so the terminal and the Markdown show the same thing.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..output import dumps
from .diff import ActionPointDiff, EntityDiff, FieldChange, SummaryDiff
from .trends import Trends

NONE = "–"
SPARKS = "▁▂▃▄▅▆▇█"

# ---------------------------------------------------------------------------------------------
# shared helpers


def dump_yaml(data: Any) -> str:
    """YAML through the package's one writer (:func:`sessietool.output.dumps`), lists in block
    style."""
    return dumps(data, "yaml", flow_lists=False)


def dump_json(data: Any) -> str:
    return dumps(data, "json")


def fmt_value(value: Any) -> str:
    if value is None:
        return NONE
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or NONE
    return str(value)


def fmt_delta(delta: float | int | None) -> str:
    if delta is None:
        return ""
    if isinstance(delta, float):
        return f"{delta:+.3f}"
    return f"{delta:+d}"


def sparkline(values: Sequence[float | int | None]) -> str:
    """One character per value, scaled to the largest; ``·`` where the value is None or 0 (no
    blanks, so that a terminal table wraps it like one word)."""
    top = max((v for v in values if v), default=0)
    out = []
    for v in values:
        if not v or not top:
            out.append("·")
        else:
            out.append(SPARKS[min(len(SPARKS) - 1, int(v / top * (len(SPARKS) - 1) + 0.5))])
    return "".join(out)


@dataclass
class Table:
    """A table drawn the same way with rich and in Markdown; ``styles`` per row for rich."""

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    styles: list[str | None] = field(default_factory=list)
    empty: str = "No differences."
    note: str = ""
    no_wrap: tuple[int, ...] = ()  # columns rich must not wrap (dates, sparklines)

    def add(self, row: Sequence[Any], style: str | None = None) -> None:
        self.rows.append([c if isinstance(c, str) else fmt_value(c) for c in row])
        self.styles.append(style)


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ") or " "


def tables_to_markdown(heading: str, intro: list[str], tables: Sequence[Table]) -> str:
    lines = [f"# {heading}", ""]
    if intro:
        lines += [*intro, ""]
    for table in tables:
        lines += [f"## {table.title}", ""]
        if table.note:
            lines += [table.note, ""]
        if not table.rows:
            lines += [f"_{table.empty}_", ""]
            continue
        lines.append("| " + " | ".join(_md_cell(c) for c in table.columns) + " |")
        lines.append("|" + "|".join("---" for _ in table.columns) + "|")
        for row in table.rows:
            lines.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def print_tables(console: Any, heading: str, intro: list[str], tables: Sequence[Table]) -> None:
    """Draw the tables on a rich console."""
    from rich.markup import escape
    from rich.table import Table as RichTable

    console.print(f"[bold]{escape(heading)}[/bold]")
    for line in intro:
        console.print(escape(line))
    for table in tables:
        console.print()
        if not table.rows:
            console.print(f"[bold]{escape(table.title)}[/bold]: [dim]{escape(table.empty)}[/dim]")
            continue
        rich_table = RichTable(title=table.title, title_justify="left", title_style="bold")
        for i, column in enumerate(table.columns):
            if i in table.no_wrap:
                rich_table.add_column(column, no_wrap=True, overflow="ellipsis")
            else:
                rich_table.add_column(column, overflow="fold")
        for row, style in zip(table.rows, table.styles, strict=True):
            rich_table.add_row(*(escape(c) for c in row), style=style)
        console.print(rich_table)
        if table.note:
            console.print(f"[dim]{escape(table.note)}[/dim]")


# ---------------------------------------------------------------------------------------------
# diff

ADDED, REMOVED, CHANGED = "green", "red", "yellow"


def _session_line(side: str, ref: Any) -> str:
    what = ref.title or "(untitled)"
    if ref.date:
        what += f" ({ref.date})"
    return f"{side}: {what}: {ref.path} [{ref.model}]"


def _entity_table(title: str, part: EntityDiff, value_name: str) -> Table:
    table = Table(title, ["", "id", "name", "field", "old", "new", "Δ"])
    for item in part.added:
        table.add(["+", item.id, item.name, value_name, NONE, item.value, ""], ADDED)
    for item in part.removed:
        table.add(["−", item.id, item.name, value_name, item.value, NONE, ""], REMOVED)
    for changed in part.changed:
        for i, change in enumerate(changed.changes):
            table.add(_change_row(changed.id if i == 0 else "", changed.name if i == 0 else "",
                                  change), CHANGED)
    return table


def _change_row(item_id: str, name: str, change: FieldChange) -> list[str]:
    return [
        "~",
        item_id,
        name,
        change.field,
        fmt_value(change.old),
        fmt_value(change.new),
        fmt_delta(change.delta),
    ]


def _action_table(part: ActionPointDiff) -> Table:
    table = Table("Action points", ["", "status", "text", "owners", "kind", "due", "note"])
    for point in part.new:
        table.add(["+", "new", point.text, point.owners, point.kind, point.due, ""], ADDED)
    for carried in part.carried_over:
        notes = [f"similarity {carried.similarity:.2f}"]
        for change in carried.changes:
            notes.append(f"{change.field} was: {fmt_value(change.old)}")
        p = carried.new
        mark, style = ("~", CHANGED) if carried.changes else ("=", None)
        table.add([mark, "carried over", p.text, p.owners, p.kind, p.due, "; ".join(notes)], style)
    for point in part.no_longer_mentioned:
        row = ["−", "no longer mentioned", point.text, point.owners, point.kind, point.due, ""]
        table.add(row, REMOVED)
    table.empty = "No action points in either session."
    return table


def diff_tables(diff: SummaryDiff) -> tuple[str, list[str], list[Table]]:
    intro = [_session_line("old", diff.old), _session_line("new", diff.new)]
    if not diff.has_differences:
        intro.append("No differences.")
    tables = [
        _entity_table("Speakers", diff.speakers, "mentions"),
        _entity_table("Organisations", diff.organisations, "mentions"),
        _entity_table("Themes", diff.themes, "score"),
        _action_table(diff.action_points),
    ]
    return "Session diff", intro, tables


def diff_to_markdown(diff: SummaryDiff) -> str:
    return tables_to_markdown(*diff_tables(diff))


def render_diff(diff: SummaryDiff, fmt: str) -> str:
    """The diff as ``yaml``, ``json`` or ``markdown`` text."""
    if fmt == "yaml":
        return dump_yaml(diff.to_dict())
    if fmt == "json":
        return dump_json(diff.to_dict())
    if fmt == "markdown":
        return diff_to_markdown(diff)
    raise ValueError(f"unknown diff format {fmt!r}")


def print_diff(diff: SummaryDiff, console: Any) -> None:
    print_tables(console, *diff_tables(diff))


# ---------------------------------------------------------------------------------------------
# trends


def trends_tables(
    trends: Trends, *, top: int = 10, keyphrases: bool = False
) -> tuple[str, list[str], list[Table]]:
    sessions = trends.sessions
    dated = [s.date for s in sessions if s.date]
    span = f", {dated[0]} to {dated[-1]}" if dated else ""
    intro = [f"{len(sessions)} sessions{span}."]
    spark_note = (
        "The last column has one character per session, oldest first "
        "(height: share of the largest value; · = none or absent)."
    )

    overview = Table(
        "Sessions",
        ["session", "speakers", "orgs", "actions", "new", "carried", "settled", "top theme"],
        empty="No sessions.",
        note="actions: action points; new, carried (over from an earlier session), settled (not "
        "mentioned again after this session).",
        no_wrap=(0,),
    )
    for i, s in enumerate(sessions):
        candidates = trends.top_themes(len(trends.themes), keyphrases=keyphrases)
        scores = [(t.scores[i], -rank, t.label) for rank, t in enumerate(candidates)]
        best = max(scores, default=(0.0, 0, NONE))
        top_theme = best[2] if best[0] > 0 else NONE
        overview.add([s.label, s.speakers, s.organisations, s.action_points,
                      s.new_action_points, s.carried_over, s.settled, top_theme])

    shown = trends.top_themes(top, keyphrases=keyphrases)
    themes = Table(
        f"Themes (top {len(shown)} by mean score)",
        ["theme", "sessions", "mean score", "peak", "over time"],
        empty="No themes.",
        note=spark_note,
    )
    for t in shown:
        themes.add([t.label, t.sessions, t.mean, f"{t.peak:.3f} ({t.peak_session})",
                    sparkline(t.scores)])

    def presence(title: str, series: list[Any]) -> Table:
        table = Table(
            f"{title} (top {top} by sessions present)",
            ["name", "sessions", "mentions", "first", "last", "over time"],
            empty=f"No {title.lower()}.",
            note=spark_note,
        )
        for p in series[:top]:
            table.add([p.name, p.sessions, p.total_mentions, p.first, p.last,
                       sparkline(p.mentions)])
        return table

    open_table = Table(
        "Open action points (still mentioned in the latest session)",
        ["text", "owners", "since", "sessions"],
        empty="No open action points.",
    )
    for a in trends.open_action_points:
        open_table.add([a.text, a.owners, a.first, a.times_mentioned])

    recurring = sorted(
        (a for a in trends.action_points if a.times_mentioned > 1),
        key=lambda a: (-a.times_mentioned, a.id),
    )[:top]
    recurring_table = Table(
        f"Longest-running action points (top {top})",
        ["text", "owners", "first", "last", "sessions", "status"],
        empty="No action point was mentioned in more than one session.",
    )
    for a in recurring:
        recurring_table.add([a.text, a.owners, a.first, a.last, a.times_mentioned, a.status])

    total = len(trends.action_points)
    intro.append(
        f"{total} action points: {len(trends.open_action_points)} open, "
        f"{len(trends.settled_action_points)} settled "
        f"({len([a for a in trends.action_points if a.times_mentioned > 1])} carried over at "
        "least once)."
    )
    tables = [
        overview,
        themes,
        presence("Organisations", trends.organisations),
        presence("Speakers", trends.speakers),
        open_table,
        recurring_table,
    ]
    return "Trends", intro, tables


CSV_COLUMNS = ["series", "id", "label", "session", "date", "value", "status"]


def trends_to_csv(trends: Trends) -> str:
    """Tidy (long) CSV: one row per series and session.

    ``series`` is theme (value: score, every session), organisation or speaker (value: mentions,
    sessions present only) or action_point (one row per mention; value: ``new`` or
    ``carried-over``; status: the thread's ``open`` or ``settled``).
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    sessions = trends.sessions
    for t in trends.themes:
        for s, score in zip(sessions, t.scores, strict=True):
            writer.writerow(["theme", t.id, t.label, s.label, s.date or "", f"{score:.4f}", ""])
    for series, items in (("organisation", trends.organisations), ("speaker", trends.speakers)):
        for p in items:
            for s, mentions in zip(sessions, p.mentions, strict=True):
                if mentions is not None:
                    writer.writerow([series, p.id, p.name, s.label, s.date or "", mentions, ""])
    dates = {s.label: s.date or "" for s in sessions}
    for a in trends.action_points:
        for k, o in enumerate(a.occurrences):
            value = "new" if k == 0 else "carried-over"
            writer.writerow(["action_point", a.id, o.text, o.session, dates.get(o.session, ""),
                             value, a.status])
    return out.getvalue()


def trends_to_markdown(trends: Trends, *, top: int = 10, keyphrases: bool = False) -> str:
    return tables_to_markdown(*trends_tables(trends, top=top, keyphrases=keyphrases))


def render_trends(trends: Trends, fmt: str, *, top: int = 10, keyphrases: bool = False) -> str:
    """The trends as ``csv``, ``json``, ``yaml`` or ``markdown`` text."""
    if fmt == "csv":
        return trends_to_csv(trends)
    if fmt == "json":
        return dump_json(trends.to_dict())
    if fmt == "yaml":
        return dump_yaml(trends.to_dict())
    if fmt == "markdown":
        return trends_to_markdown(trends, top=top, keyphrases=keyphrases)
    raise ValueError(f"unknown trends format {fmt!r}")


def print_trends(trends: Trends, console: Any, *, top: int = 10, keyphrases: bool = False) -> None:
    print_tables(console, *trends_tables(trends, top=top, keyphrases=keyphrases))
