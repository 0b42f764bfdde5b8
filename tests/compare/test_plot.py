from __future__ import annotations

import sys

import pytest

from sessietool.compare.plot import plot_themes, rolling_mean
from sessietool.compare.trends import trends
from sessietool.errors import InputError, MissingExtra, UsageError

pytest.importorskip("matplotlib")


@pytest.fixture
def many(make_summary):
    return trends([
        make_summary(path=f"{i:02d}.md", date=f"{2007 + i // 4}-{1 + 3 * (i % 4):02d}-01",
                     themes=[{"id": f"t{(i + k) % 7}", "score": 0.5 / (k + 1)} for k in range(3)])
        for i in range(40)
    ])


def test_png_and_svg(tmp_path, many):
    png = plot_themes(many, tmp_path / "themes.png", top=6)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = plot_themes(many, tmp_path / "sub" / "themes.svg")
    text = svg.read_text()
    assert "<svg" in text and "Theme scores over time (top 7 themes" in text


def test_svg_is_reproducible(tmp_path, many):
    a = plot_themes(many, tmp_path / "a.svg").read_bytes()
    b = plot_themes(many, tmp_path / "b.svg").read_bytes()
    assert a == b


def test_undated_sessions_are_labelled(tmp_path, make_summary):
    t = trends([make_summary(path=f"{n}.md", themes=[{"id": "x", "score": 1.0}]) for n in "abc"])
    svg = plot_themes(t, tmp_path / "u.svg").read_text()
    assert "a.md" in svg


def test_errors(tmp_path, many, make_summary, monkeypatch):
    with pytest.raises(UsageError, match="must end in .png, .svg, .pdf"):
        plot_themes(many, tmp_path / "chart.jpg")
    with pytest.raises(InputError, match="no themes"):
        plot_themes(trends([make_summary()]), tmp_path / "c.png")
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtra) as err:
        plot_themes(many, tmp_path / "c.png")
    assert str(err.value) == ("matplotlib (needed for --plot) is not installed; install it from "
                              "the sessietool checkout with: .venv/bin/pip install -e '.[plot]'")


def test_rolling_mean():
    assert rolling_mean([0, 0, 5, 0, 0], window=3) == [0, 5 / 3, 5 / 3, 5 / 3, 0]
    assert rolling_mean([1.0]) == [1.0]


def test_undated_sessions_are_left_out_of_a_dated_chart(tmp_path, make_summary):
    t = trends([make_summary(path=f"{n}.md", date=d, themes=[{"id": "x", "score": 1.0}])
                for n, d in (("a", "2010-01-01"), ("b", "2011-01-01"), ("readme", None))])
    svg = plot_themes(t, tmp_path / "d.svg").read_text()
    assert "1 session without a date left out" in svg
    assert "readme.md" not in svg
