"""Option definitions shared by several commands, declared once."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

Model = Annotated[
    str | None,
    typer.Option(
        "--model", "-m", envvar="SESSIETOOL_MODEL", metavar="MODEL",
        help="spaCy pipeline: an installed package (nl_core_news_sm), a folder, or blank:nl. "
        "Default: the bundled nl_sessie_sm.",
        show_default=False,
    ),
]
def _output_dir(value: str | Path) -> Path:
    """``-o ""`` is a usage error (``Path("")`` would silently be the current folder)."""
    if isinstance(value, str) and not value.strip():
        raise typer.BadParameter("must not be empty (use -o . for the current folder)")
    return Path(value)


OutputDir = Annotated[
    Path | None,
    typer.Option("--output-dir", "-o", metavar="OUT",
                 help="Write one <stem>.yaml (or .json) per input to folder OUT; - for stdout.",
                 parser=_output_dir, show_default=False),
]
Gazetteer = Annotated[
    list[Path] | None,
    typer.Option("--gazetteer", help="Extra organisations YAML (same format as the bundled one); "
                 "repeatable.", exists=False, show_default=False, metavar="FILE"),
]
Themes = Annotated[
    list[Path] | None,
    typer.Option("--themes", help="Extra theme taxonomy YAML; repeatable.", show_default=False,
                 metavar="FILE"),
]
MaxSize = Annotated[
    int, typer.Option("--max-size", help="Refuse inputs larger than this many bytes.",
                      show_default=True, min=1, metavar="BYTES"),
]
SummaryFolder = Annotated[
    Path,
    typer.Argument(help="Folder of summaries, as written by 'sessietool extract --output-dir'; "
                   "searched recursively.", show_default=False, metavar="DIR"),
]
