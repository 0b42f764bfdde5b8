"""Fixtures of the report tests: a v2 summary (agenda, refs, statuses) and the v1 example."""
from __future__ import annotations

import copy
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
V2 = HERE / "fixtures" / "overleg-2024-03-06.yaml"
EXAMPLE = ROOT / "data" / "sessions" / "2020-10-06-verdiepingssessie.yaml"

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@pytest.fixture
def v2() -> dict[str, Any]:
    return yaml.safe_load(V2.read_text(encoding="utf-8"))


@pytest.fixture
def example() -> dict[str, Any]:
    return yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))


def session(data: dict[str, Any], date: str, actions: list[dict[str, Any]],
            path: str = "") -> dict[str, Any]:
    """A copy of ``data`` as another session on ``date`` with these action points."""
    out = copy.deepcopy(data)
    out["session"]["date"] = date
    out["source"]["path"] = path or f"{date}.md"
    out["action_points"] = actions
    return out


class Checker(HTMLParser):
    """Well-formedness of an HTML page: every element closed in order, ids unique, tables with
    header cells that have a scope; also collects the text and the external references."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.tables = 0
        self.th = 0
        self.th_in_table: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "table":
            self.tables += 1
            self.th_in_table.append(0)
        if tag == "th":
            self.th += 1
            if self.th_in_table:
                self.th_in_table[-1] += 1
            if not dict(attrs).get("scope"):
                self.errors.append("th without scope")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attrs(tag, attrs)  # <path/> in inline SVG

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append((tag, values))
        if values.get("id"):
            self.ids.append(str(values["id"]))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag == "table" and self.th_in_table.pop() == 0:
            self.errors.append("table without th")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_html(text: str) -> Checker:
    checker = Checker()
    checker.feed(text)
    checker.close()
    if checker.stack:
        checker.errors.append(f"unclosed: {checker.stack}")
    duplicates = {i for i in checker.ids if checker.ids.count(i) > 1}
    if duplicates:
        checker.errors.append(f"duplicate ids: {sorted(duplicates)}")
    return checker
