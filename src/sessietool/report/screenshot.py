"""A screenshot of a page with headless Chromium (for the README and the browser test).

``python -m sessietool.report.screenshot PAGE.html OUT.png [WIDTH HEIGHT]``; nothing here is
needed to write reports. The browser runs without network, sync or first-run set-up, in a
throw-away profile.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..errors import MissingExtra, OutputError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars")


def find_browser() -> str | None:
    """The path of a Chromium-like browser on PATH, or ``None``."""
    return next((p for name in BROWSERS if (p := shutil.which(name))), None)


def screenshot(page: str | Path, png: str | Path, *, width: int = 1100, height: int = 1400,
               browser: str | None = None, timeout: float = 120) -> Path:
    """Render ``page`` (an HTML file) and save the first ``width`` x ``height`` pixels."""
    browser = browser or find_browser()
    if browser is None:
        raise MissingExtra(detail="Chromium (for screenshots)", extra="chromium")
    png = Path(png).resolve()
    with tempfile.TemporaryDirectory(prefix="sessietool-chromium-") as profile:
        command = [browser, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
                   f"--window-size={width},{height}", Path(page).resolve().as_uri()]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                check=False)
    if result.returncode != 0 or not png.is_file():
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise OutputError(png, detail=f"Chromium made no screenshot: {last}")
    return png


def print_pdf(page: str | Path, pdf: str | Path, *, browser: str | None = None,
              timeout: float = 120) -> Path:
    """Print ``page`` to ``pdf`` as the browser prints it (the page's print styles apply)."""
    browser = browser or find_browser()
    if browser is None:
        raise MissingExtra(detail="Chromium (for printing)", extra="chromium")
    pdf = Path(pdf).resolve()
    with tempfile.TemporaryDirectory(prefix="sessietool-chromium-") as profile:
        command = [browser, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
                   "--no-pdf-header-footer", Path(page).resolve().as_uri()]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                check=False)
    if result.returncode != 0 or not pdf.is_file():
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise OutputError(pdf, detail=f"Chromium printed no PDF: {last}")
    return pdf


if __name__ == "__main__":  # pragma: no cover
    args = sys.argv[1:]
    size = dict(zip(("width", "height"), map(int, args[2:4]), strict=False))
    print(screenshot(args[0], args[1], **size))
