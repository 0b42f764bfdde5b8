"""The pages as text: well-formed, self-contained, accessible HTML; Markdown against a golden file.

After a deliberate change of the templates, regenerate the golden file with
``SESSIETOOL_UPDATE_GOLDEN=1 .venv/bin/pytest tests/report/test_render.py`` and review the diff.
"""
from __future__ import annotations

import os
import re

import pytest

from sessietool.errors import UsageError
from sessietool.report import render_session
from sessietool.report.render import md

from .conftest import HERE, check_html

GOLDEN = HERE / "golden" / "overleg-2024-03-06.md"
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>" onmouseover="x'


@pytest.mark.parametrize("fixture", ["v2", "example"])
def test_html_is_well_formed_and_accessible(fixture, request):
    text = render_session(request.getfixturevalue(fixture), "html")
    checker = check_html(text)
    assert checker.errors == []
    assert text.startswith("<!DOCTYPE html>\n<html lang=\"nl\">")
    headings = [t for t, _ in checker.tags if re.fullmatch(r"h[1-6]", t)]
    assert headings.count("h1") == 1 and headings[0] == "h1"
    levels = [int(h[1]) for h in headings]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))  # no skipped level
    assert checker.tables >= 3 and checker.th > checker.tables


def test_html_is_self_contained(v2):
    checker = check_html(render_session(v2, "html"))
    external = [
        (tag, attrs) for tag, attrs in checker.tags
        for key in ("src", "href")
        if re.match(r"(https?:)?//", attrs.get(key) or "")
    ]
    assert external == []
    assert not [t for t, _ in checker.tags if t in ("script", "link", "img", "iframe")]
    assert any(t == "style" for t, _ in checker.tags)


def test_every_item_links_to_its_source_line(v2):
    text = render_session(v2, "html", source_href="../notulen/overleg.md")
    for line in (5, 6, 2, 41, 50, 54, 90, 15, 44):
        assert f'href="../notulen/overleg.md#L{line}"' in text


def test_v2_page_shows_agenda_status_ref_and_location(v2):
    checker = check_html(render_session(v2, "html"))
    text = " ".join(checker.text)
    for expected in ("3. Stand van zaken OIN-stelsel", "324/01", "gesloten", "2024-05-29",
                     "Logius, Den Haag / online", "Bram Jansen", "Open vragen"):
        assert expected in text


def test_a_hostile_summary_string_cannot_inject_markup(v2):
    v2["session"]["title"] = HOSTILE
    v2["action_points"][1]["text"] = HOSTILE
    v2["speakers"][0]["name"] = HOSTILE
    v2["themes"][0]["keywords"] = [HOSTILE]
    v2["source"]["path"] = 'x" onclick="alert(3)'
    html = render_session(v2, "html")
    checker = check_html(html)
    assert checker.errors == []
    assert not [t for t, _ in checker.tags if t in ("script", "img")]
    assert not any(k.startswith("on") for _, attrs in checker.tags for k in attrs)
    assert HOSTILE in " ".join(checker.text)  # shown as text
    markdown = render_session(v2, "markdown")
    assert "<script>" not in markdown and "<img" not in markdown


def test_markdown_matches_its_golden_file(v2):
    text = render_session(v2, "markdown")
    if os.environ.get("SESSIETOOL_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_markdown_of_a_v1_summary_has_every_section(example):
    text = render_session(example, "markdown")
    for heading in ("# Verdiepingssessie", "## Deelnemers", "## Organisaties", "## Besluiten",
                    "## Actiepunten", "## Thema's"):
        assert f"\n{heading}\n" in f"\n{text}"
    assert "## Agenda" not in text
    assert "(data/sessions/2020-10-06-verdiepingssessie.txt#L146)" in text


def test_md_escapes_markup_and_table_pipes():
    assert md("a | b *c* [d](e) <b>") == r"a \| b \*c\* \[d\](e) &lt;b&gt;"
    assert md("two\nlines") == "two lines"
    assert md(None) == ""


def test_unknown_format_is_a_usage_error(v2):
    with pytest.raises(UsageError, match="unknown report format 'pdf'"):
        render_session(v2, "pdf")


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_text_colours_have_a_contrast_of_at_least_7_to_1():
    from importlib import resources

    css = (resources.files("sessietool.report") / "templates" / "style.css.j2").read_text("utf-8")
    screen = css.split("@media print")[0]
    texts = set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", screen))
    backgrounds = set(re.findall(r"background:\s*(#[0-9a-f]{6})", screen)) | {"#ffffff"}
    assert texts and backgrounds
    for fg in texts:
        for bg in backgrounds:
            hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
            assert (hi + 0.05) / (lo + 0.05) >= 7, (fg, bg)
