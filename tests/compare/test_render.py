from __future__ import annotations

import copy
import csv
import io
import json

import yaml
from rich.console import Console

from sessietool.compare.diff import diff_summaries
from sessietool.compare.render import (
    CSV_COLUMNS,
    Table,
    print_diff,
    print_trends,
    render_diff,
    render_trends,
    sparkline,
    tables_to_markdown,
)
from sessietool.compare.trends import trends


def test_diff_yaml_and_json_are_the_diff_data(fronteers_pair):
    d = diff_summaries(*fronteers_pair)
    assert yaml.safe_load(render_diff(d, "yaml")) == d.to_dict()
    assert json.loads(render_diff(d, "json")) == d.to_dict()
    assert render_diff(d, "yaml") == render_diff(diff_summaries(*fronteers_pair), "yaml")


def test_diff_markdown(fronteers_pair):
    md = render_diff(diff_summaries(*fronteers_pair), "markdown")
    assert md.startswith("# Session diff\n")
    for heading in ("## Speakers", "## Organisations", "## Themes", "## Action points"):
        assert heading in md
    assert "| ~ | congres | Congres | score | 0.500 | 0.600 | +0.100 |" in md
    assert "| − | no longer mentioned | Tom regelt de stickers voor het congres." in md
    assert "text was: PPK verwerkt de debriefing" in md


def test_diff_without_differences_says_so(fronteers_pair):
    old, _ = fronteers_pair
    md = render_diff(diff_summaries(old, copy.deepcopy(old)), "markdown")
    assert "No differences." in md
    assert md.count("_No differences._") == 3  # speakers, organisations, themes


def test_rich_diff_draws_the_same_rows(fronteers_pair):
    out = io.StringIO()
    print_diff(diff_summaries(*fronteers_pair), Console(file=out, width=200))
    text = out.getvalue()
    assert "krijn-hoetmer" in text and "no longer mentioned" in text and "+0.100" in text


def test_markdown_escapes_pipes():
    table = Table("T", ["a", "b"])
    table.add(["x | y", None])
    md = tables_to_markdown("H", [], [table])
    assert "| x \\| y | – |" in md


def test_sparkline():
    assert sparkline([0.0, 0.5, 1.0, None]) == "·▅█·"
    assert sparkline([None, None]) == "··"
    assert sparkline([]) == ""


def test_trends_csv_is_tidy(fronteers_pair):
    text = render_trends(trends(list(fronteers_pair)), "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == CSV_COLUMNS
    themes = [r for r in rows if r["series"] == "theme"]
    assert len(themes) == 4 * 2  # every theme in every session
    assert themes[0] == {"series": "theme", "id": "congres", "label": "Congres",
                         "session": "2010-06-01", "date": "2010-06-01", "value": "0.5000",
                         "status": ""}
    aps = [r for r in rows if r["series"] == "action_point"]
    assert [(r["id"], r["value"], r["status"]) for r in aps[:2]] == [
        ("ap-0001", "new", "open"), ("ap-0001", "carried-over", "open")]


def test_trends_json_markdown_and_rich(fronteers_pair):
    t = trends(list(fronteers_pair))
    assert json.loads(render_trends(t, "json")) == t.to_dict()
    assert yaml.safe_load(render_trends(t, "yaml")) == t.to_dict()
    md = render_trends(t, "markdown", top=2)
    assert "## Themes (top 2 by mean score)" in md
    assert "## Open action points (still mentioned in the latest session)" in md
    assert "| Congres | 2 | 0.550 | 0.600 (2010-07-06) | ▇█ |" in md
    out = io.StringIO()
    print_trends(t, Console(file=out, width=200))
    assert "Sander pakt het forum in augustus op." in out.getvalue()
