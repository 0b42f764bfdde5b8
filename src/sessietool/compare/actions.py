"""Every action point of a folder of summaries as one list: session date, file, owners, due,
status; rendered as a table, CSV, JSON or Markdown."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..summary import Summary, to_dict
from .render import Table, dump_json, tables_to_markdown
from .trends import session_order

COLUMNS = ["date", "file", "ref", "kind", "text", "owners", "due", "status", "line"]


@dataclass
class ActionRow:
    """One action point with the session it comes from."""

    date: str | None
    file: str
    text: str
    kind: str
    owners: list[str] = field(default_factory=list)
    due: str | None = None
    status: str | None = None
    ref: str | None = None
    line: int = 0

    def cells(self) -> list[str]:
        values = {**to_dict(self), "owners": ", ".join(self.owners)}
        return ["" if values[c] is None else str(values[c]) for c in COLUMNS]


def _owner_names(summary: Summary) -> dict[str, str]:
    """Speaker and organisation ids → names, so that a list shows ``Frank Terpstra``."""
    names = {o.id: o.name for o in summary.organisations}
    names.update({p.id: p.name for p in [*summary.speakers, *summary.people_mentioned]})
    return names


def action_rows(
    summaries: Sequence[Summary], paths: Sequence[Path] | None = None, *, open_only: bool = False
) -> list[ActionRow]:
    """The action points of ``summaries`` ordered by session date, then file and line; with
    ``open_only`` only those not marked closed."""
    files = {id(s): s.source.path for s in summaries}
    if paths:
        files.update({id(s): p.name for s, p in zip(summaries, paths, strict=True)})
    rows = []
    for summary in session_order(summaries):
        names = _owner_names(summary)
        for point in summary.action_points:
            if open_only and point.status == "closed":
                continue
            rows.append(
                ActionRow(
                    date=summary.session.date,
                    file=files[id(summary)],
                    text=point.text,
                    kind=point.kind,
                    owners=[names.get(o, o) for o in point.owners],
                    due=point.due,
                    status=point.status,
                    ref=point.ref,
                    line=point.line,
                )
            )
    return rows


def rows_table(rows: Sequence[ActionRow]) -> Table:
    table = Table("Action points", list(COLUMNS), empty="No action points.", no_wrap=(0, 6))
    for row in rows:
        table.add(row.cells(), "dim" if row.status == "closed" else None)
    return table


def render_rows(rows: Sequence[ActionRow], fmt: str) -> str:
    """``csv``, ``json`` or ``markdown`` text of the rows."""
    if fmt == "json":
        return dump_json([to_dict(r) for r in rows])
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(r.cells() for r in rows)
        return out.getvalue()
    if fmt == "markdown":
        intro = [f"{len(rows)} action points"]
        return tables_to_markdown("Action points", intro, [rows_table(rows)])
    raise ValueError(f"unknown format {fmt!r}")
