"""The example report in headless Chromium: it renders, at the window's size, and not blank.

Runs where Chromium is installed (``apt-get install chromium``); skipped elsewhere.
"""
from __future__ import annotations

import struct

import pytest

from sessietool.report import render_session
from sessietool.report.screenshot import find_browser, screenshot

BROWSER = find_browser()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(BROWSER is None, reason="Chromium is not installed (apt-get install "
                       "chromium); the browser test of the HTML report is skipped"),
]
WIDTH, HEIGHT = 1000, 1300


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_example_report_renders_in_chromium(tmp_path, example):
    page = tmp_path / "report.html"
    page.write_text(render_session(example, "html"), encoding="utf-8")
    png = screenshot(page, tmp_path / "report.png", width=WIDTH, height=HEIGHT, browser=BROWSER)
    data = png.read_bytes()
    assert _png_size(data) == (WIDTH, HEIGHT)
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes
    try:
        from PIL import Image, ImageStat
    except ImportError:  # pragma: no cover - PIL comes with matplotlib
        return
    with Image.open(png) as image:
        grey = image.convert("L")
        (stddev,) = ImageStat.Stat(grey).stddev
        dark = sum(grey.histogram()[:128]) / (WIDTH * HEIGHT)
    assert stddev > 20, "the page looks blank"
    assert 0.01 < dark < 0.5, "text should cover some, not most, of the page"


def test_example_report_prints_without_the_navigation(tmp_path, example):
    from pypdf import PdfReader

    from sessietool.report.screenshot import print_pdf

    page = tmp_path / "report.html"
    page.write_text(render_session(example, "html"), encoding="utf-8")
    pdf = print_pdf(page, tmp_path / "report.pdf", browser=BROWSER)
    reader = PdfReader(pdf)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert 1 <= len(reader.pages) <= 6
    assert "Deelnemers" in text and "Marcelis Boereboom" in text
    assert "Deelnemers (5)" not in text  # the page's navigation is for the screen only
