"""The themes chart inline: an <svg> with its own ids, or a note why there is none."""
from __future__ import annotations

import builtins

import pytest

from sessietool.compare.trends import trends
from sessietool.report.chart import trends_svg
from sessietool.summary_file import summary_from_data

from .conftest import check_html, session


def _trends(v2):
    return trends([summary_from_data(session(v2, d, [])) for d in ("2024-01-10", "2024-02-14")])


def test_chart_is_an_inline_svg_with_prefixed_ids(v2):
    pytest.importorskip("matplotlib")
    chart = trends_svg(_trends(v2), id_prefix="c-")
    assert chart.note is None
    assert chart.svg.startswith('<svg role="img" aria-label="Thema')
    assert "<?xml" not in chart.svg and "<!DOCTYPE" not in chart.svg
    checker = check_html(f"<div>{chart.svg}</div>")
    assert checker.ids and all(i.startswith("c-") for i in checker.ids)
    assert 'href="#' not in chart.svg.replace('href="#c-', "")


def test_without_matplotlib_there_is_a_note(v2, monkeypatch):
    real = builtins.__import__

    def no_matplotlib(name, *args, **kwargs):
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    chart = trends_svg(_trends(v2))
    assert chart.svg is None and "matplotlib" in chart.note


def test_without_themes_there_is_a_note(v2):
    v2["themes"] = []
    chart = trends_svg(_trends(v2))
    assert chart.svg is None and chart.note
