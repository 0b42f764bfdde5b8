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

from ..errors import OutputError, UsageError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars")


def find_browser() -> str | None:
    """The path of a Chromium-like browser on PATH, or ``None``."""
    return next((p for name in BROWSERS if (p := shutil.which(name))), None)


def _run_browser(page: str | Path, target: Path, args: list[str], *, what: str,
                 browser: str | None, timeout: float) -> Path:
    """Run headless Chromium on ``page`` with ``args`` that write ``target``; ``target``."""
    browser = browser or find_browser()
    if browser is None:
        raise UsageError(detail=f"Chromium (for {what}) is not installed; install it with: "
                         "apt-get install chromium")
    with tempfile.TemporaryDirectory(prefix="sessietool-chromium-") as profile:
        command = [browser, *FLAGS, f"--user-data-dir={profile}", *args,
                   Path(page).resolve().as_uri()]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                check=False)
    if result.returncode != 0 or not target.is_file():
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise OutputError(target, detail=f"Chromium made no {what}: {last}")
    return target


def screenshot(page: str | Path, png: str | Path, *, width: int = 1100, height: int = 1400,
               browser: str | None = None, timeout: float = 120) -> Path:
    """Render ``page`` (an HTML file) and save the first ``width`` x ``height`` pixels."""
    png = Path(png).resolve()
    return _run_browser(page, png, [f"--screenshot={png}", f"--window-size={width},{height}"],
                        what="screenshot", browser=browser, timeout=timeout)


def print_pdf(page: str | Path, pdf: str | Path, *, browser: str | None = None,
              timeout: float = 120) -> Path:
    """Print ``page`` to ``pdf`` as the browser prints it (the page's print styles apply)."""
    pdf = Path(pdf).resolve()
    return _run_browser(page, pdf, [f"--print-to-pdf={pdf}", "--no-pdf-header-footer"],
                        what="PDF", browser=browser, timeout=timeout)


if __name__ == "__main__":  # pragma: no cover
    args = sys.argv[1:]
    size = dict(zip(("width", "height"), map(int, args[2:4]), strict=False))
    print(screenshot(args[0], args[1], **size))
