"""The overview of one session in a terminal (``sessietool show``), with rich."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import ActionRow, Link, SessionPage, build_page


def _line(link: Link) -> str:
    return str(link.line) if link.line else ""


def _actions(title: str, rows: list[ActionRow], page: SessionPage, kind: bool = True) -> Table:
    table = Table(title=title, title_justify="left", expand=True, show_lines=False)
    if page.has_ref:
        table.add_column("Nr.", no_wrap=True)
    table.add_column("Wat", ratio=3)
    if kind:
        table.add_column("Soort", no_wrap=True)
    table.add_column("Eigenaar", ratio=1)
    table.add_column("Deadline", no_wrap=True)
    if page.has_status and kind:
        table.add_column("Status", no_wrap=True)
    table.add_column("Regel", justify="right", no_wrap=True)
    for a in rows:
        cells = [a.ref or ""] if page.has_ref else []
        cells.append(a.text)
        if kind:
            cells.append(a.kind_label)
        cells += [", ".join(a.owners), a.due or ""]
        if page.has_status and kind:
            cells.append(a.status_label)
        cells.append(_line(a.link))
        table.add_row(*(Text(c) for c in cells))  # Text: no rich markup from the summary
    return table


def overview(page: SessionPage) -> Group:
    """The renderables of the overview, in page order."""
    head = Text()
    head.append(page.title, style="bold")
    head.append(f"\nDatum: {page.date or 'onbekend'}")
    if page.location:
        head.append(f"   Plaats: {page.location}")
    head.append(f"\nBron: {page.source_path}")
    if page.source_format:
        head.append(f" ({page.source_format}")
        head.append(f", {page.words} woorden)" if page.words else ")")
    head.append(f"\nModel: {page.model or 'onbekend'}")
    parts: list[Any] = [Panel(head, expand=True)]

    people = Table(title="Deelnemers", title_justify="left", expand=True)
    for col in ("Naam", "Organisatie", "Rol"):
        people.add_column(col)
    if page.transcript:
        people.add_column("Beurten", justify="right")
        people.add_column("Woorden", justify="right")
    people.add_column("Regel", justify="right", no_wrap=True)
    for p in page.participants:
        cells = [p.name, p.organisation or "", p.role or ""]
        if page.transcript:
            cells += [str(p.turns), str(p.words)]
        people.add_row(*(Text(c) for c in [*cells, _line(p.link)]))
    parts.append(people)

    orgs = Table(title="Organisaties", title_justify="left", expand=True)
    for col in ("Organisatie", "Soort"):
        orgs.add_column(col)
    orgs.add_column("Genoemd", justify="right")
    orgs.add_column("Regel", justify="right", no_wrap=True)
    for o in page.organisations:
        orgs.add_row(Text(o.name), Text(o.kind or ""), str(o.mentions), _line(o.link))
    parts.append(orgs)

    for item in page.agenda:
        title = f"Agenda {item.heading}" + (f" (r. {item.link.line})" if item.link.line else "")
        points = [*item.decisions, *item.actions]
        if points:
            parts.append(_actions(title, points, page))
        else:
            parts.append(Text(f"{title}: geen besluiten of actiepunten", style="italic"))
    parts.append(_actions("Besluiten", page.decisions, page, kind=False))
    parts.append(_actions("Actiepunten", page.actions, page))
    if page.questions:
        parts.append(_actions("Open vragen", page.questions, page, kind=False))

    themes = Table(title="Thema's", title_justify="left", expand=True)
    themes.add_column("Thema")
    themes.add_column("Aandeel", justify="right")
    themes.add_column("Herkomst")
    themes.add_column("Trefwoorden", ratio=2)
    themes.add_column("Regel", justify="right", no_wrap=True)
    for t in page.themes:
        themes.add_row(Text(t.label), t.percent, Text(t.source or ""),
                       Text(", ".join(t.keywords)), _line(t.link))
    parts.append(themes)
    return Group(*parts)


def print_overview(data: Mapping[str, Any], console: Console) -> None:
    """Print the overview of the summary ``data`` to ``console``."""
    console.print(overview(build_page(data)))
