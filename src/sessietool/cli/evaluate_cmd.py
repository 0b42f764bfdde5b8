"""``sessietool evaluate`` and ``sessietool evaluate-ner``: quality figures on annotated data.

Thin commands: the rules live in :mod:`sessietool.evaluation`. spaCy is imported only when a
command has to extract sources or load a pipeline.
"""
from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import options as opt
from .errors import report_failures, require_exists, user_errors
from .log import LOGGER, Quiet, Verbose

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console

    from ..evaluation.report import GroupFigures, Miss, Report
    from ..evaluation.run import Extractor


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


GoldDir = Annotated[
    Path,
    typer.Argument(help="Folder of gold *.yaml files, or a folder with a gold/ subfolder "
                   "(format: see the README, 'Evaluating extraction').", show_default=False,
                   metavar="GOLD_DIR"),
]
Summaries = Annotated[
    Path | None,
    typer.Option("--summaries", "-s", file_okay=False, metavar="DIR",
                 help="Score the summaries in this folder (<source stem>.yaml) instead of "
                 "extracting the gold files' sources.", show_default=False),
]
Sources = Annotated[
    Path | None,
    typer.Option("--sources", file_okay=False, metavar="DIR",
                 help="Folder the gold 'source' paths are relative to. Default: the folder "
                 "above GOLD_DIR, or the one above that.", show_default=False),
]
Format = Annotated[
    ReportFormat, typer.Option("--format", "-f", metavar="table|json",
                               help="table for people, json for machines.")
]
MinF1 = Annotated[
    list[str] | None,
    typer.Option("--min-f1", metavar="FIELD=VALUE",
                 help="Exit 1 when the macro figure of FIELD is below VALUE; repeatable. Fields: "
                 "speakers, organisations, action_points (F1), themes (recall), speaker_org, "
                 "turns, date (accuracy); or one figure, e.g. action_points.r.",
                 show_default=False),
]
Groups = Annotated[
    bool, typer.Option("--groups", hidden=True,
                       help="Kept for old scripts: the figures per corpus are always given.")
]
Floors = Annotated[
    Path | None,
    typer.Option("--floors", metavar="FILE", dir_okay=False,
                 help="Exit 1 when a figure of a corpus group is below its floor; one floor a "
                 "line, 'GROUP: FIGURE >= VALUE' (e.g. 'overheid-overleg: "
                 "action_points.pooled.r >= 0.2'; GROUP 'all' for every file).",
                 show_default=False),
]
MissesFile = Annotated[
    Path | None,
    typer.Option("--misses", metavar="FILE", dir_okay=False,
                 help="Write what each summary missed or invented, with source lines, to FILE "
                 "(.json: JSON, else YAML).", show_default=False),
]
SuggestFloors = Annotated[
    bool, typer.Option("--suggest-floors", help="Print a floors file of today's figures rounded "
                       "down (to raise the floors when figures improve) instead of the table.")
]
ShowMisses = Annotated[
    bool, typer.Option("--show-misses", help="Print, per file, the gold items not found and the "
                       "predictions that matched nothing.")
]

_DASH = "—"
# Table columns: (header, metric).
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("spk P", "speakers.p"), ("spk R", "speakers.r"), ("spk F", "speakers.f"),
    ("spk org", "speaker_org"), ("turns", "turns"),
    ("org P", "organisations.p"), ("org R", "organisations.r"), ("org F", "organisations.f"),
    ("act P", "action_points.p"), ("act R", "action_points.r"), ("act F", "action_points.f"),
    ("thm R", "themes.r"), ("date", "date"),
)
_POOLED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("spk P", "speakers.pooled.p"), ("spk R", "speakers.pooled.r"),
    ("spk org", "speaker_org.pooled"),
    ("org P", "organisations.pooled.p"), ("org R", "organisations.pooled.r"),
    ("act P", "action_points.pooled.p"), ("act R", "action_points.pooled.r"),
    ("act F", "action_points.pooled.f"), ("kind", "action_kind.pooled"),
    ("owner", "action_owner.pooled"), ("thm R", "themes.pooled.r"), ("date", "date.pooled"),
)


def evaluate(
    gold_dir: GoldDir,
    summaries: Summaries = None,
    format: Format = ReportFormat.table,
    min_f1: MinF1 = None,
    model: opt.Model = None,
    sources: Sources = None,
    groups: Groups = False,
    floors: Floors = None,
    misses: MissesFile = None,
    show_misses: ShowMisses = False,
    suggest: SuggestFloors = False,
    quiet: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Score summaries against gold annotations: precision, recall and F1 per field, per file,
    per corpus folder and overall, as macro averages (mean over files) and pooled over items.

    Without --summaries each gold file's source is extracted first. Exit 1 when a --min-f1
    minimum or a --floors floor is not met (or, with either, a file could not be scored); an
    invalid gold or floors file is a usage error (2).

    \b
    Examples:
      sessietool evaluate ../shared/eval/gold --show-misses
      sessietool evaluate gold/ --summaries out/ --floors floors.txt --format json
    """
    from ..errors import UsageError
    from ..evaluation.checks import failures, report_data, write_misses
    from ..evaluation.floors import load_floors, suggest_floors
    from ..evaluation.gold import gold_folder, load_gold_dir
    from ..evaluation.report import parse_threshold
    from ..evaluation.run import evaluate_extracted, evaluate_summaries, source_bases

    with user_errors():
        require_exists(gold_dir)
        try:
            thresholds = [parse_threshold(spec) for spec in min_f1 or ()]
        except ValueError as exc:
            raise UsageError(detail=str(exc)) from None
        floor_list = load_floors(floors) if floors is not None else []
        gold_dir = gold_folder(gold_dir)
        golds = load_gold_dir(gold_dir)
        if summaries is not None:
            if not summaries.is_dir():
                raise UsageError(summaries, "--summaries: not a folder")
            report = evaluate_summaries(golds, summaries)
        else:
            bases = [sources] if sources is not None else source_bases(gold_dir)
            report = evaluate_extracted(golds, bases, _extractor(model))

        if misses is not None:
            write_misses(misses, report)
        if suggest:
            typer.echo(suggest_floors(report.figures()), nl=False)
        elif format is ReportFormat.table:
            _print_table(report)
            if show_misses:
                _print_misses(report)
        for res in report.unscored:
            LOGGER.warning("%s: not scored: %s", res.gold, res.error)
        failed = failures(report, thresholds, floor_list)
        if format is ReportFormat.json and not suggest:
            typer.echo(json.dumps(report_data(report, failed, misses=show_misses),
                                  ensure_ascii=False, indent=2))
        report_failures(failed)


def _extractor(model: str | None) -> Extractor:
    from ..api import Options, extract_session

    options = Options(model=model)

    def extract(path: Path) -> dict[str, Any]:
        return extract_session(path, options=options).to_dict()

    return extract


def _fmt(value: float | None, digits: int = 2) -> str:
    return _DASH if value is None else f"{value:.{digits}f}"


def _console() -> Console:
    from .console import table_console

    return table_console()


def _print_table(report: Report) -> None:
    from rich.table import Table

    from ..evaluation.report import OVERALL

    table = Table(title="sessietool evaluate", show_lines=False)
    table.add_column("file", no_wrap=True)
    for header, _ in _COLUMNS:
        table.add_column(header, justify="right")
    for res in report.files:
        if res.scores is None:
            table.add_row(res.gold, *(["not scored"] + [""] * (len(_COLUMNS) - 1)))
            continue
        metrics = res.scores.metrics()
        table.add_row(res.gold, *(_fmt(metrics[m]) for _, m in _COLUMNS))
    table.add_section()
    figures = report.figures()
    for name, group in figures.items():
        label = "MACRO" if name == OVERALL else f"{name} ({group.files})"
        table.add_row(label, *(_fmt(group.macro[m], 3) for _, m in _COLUMNS),
                      style="bold" if name == OVERALL else None)
    console = _console()
    console.print(table)
    console.print(_pooled_table(figures))
    scored = len(report.files) - len(report.unscored)
    console.print(f"{scored} of {len(report.files)} files scored; {_DASH} = not annotated or "
                  "not scored (precision is not scored where the gold list is incomplete). "
                  "Macro: mean over files; pooled: counts summed over the items of all files.")


def _pooled_table(figures: dict[str, GroupFigures]) -> Any:
    from rich.table import Table

    from ..evaluation.report import OVERALL

    table = Table(title="pooled over items, per corpus folder")
    table.add_column("group", no_wrap=True)
    table.add_column("files", justify="right")
    for header, _ in _POOLED_COLUMNS:
        table.add_column(header, justify="right")
    for name, group in figures.items():
        flat = group.flat()
        table.add_row(name, str(group.files), *(_fmt(flat[m], 3) for _, m in _POOLED_COLUMNS),
                      style="bold" if name == OVERALL else None)
    return table


def _print_misses(report: Report) -> None:
    """The misses as a reader works through them: per file, per field."""
    console = _console()
    for res in report.files:
        if res.scores is None or not res.scores.misses:
            continue
        console.print(f"\n[bold]{res.gold}[/bold]  ({res.source})", highlight=False)
        for miss in res.scores.misses:
            console.print("  " + _miss_line(miss), highlight=False, markup=False)


def _miss_line(miss: Miss) -> str:
    where = f" (line {', '.join(map(str, miss.lines[:5]))})" if miss.lines else ""
    text = miss.text if len(miss.text) <= 120 else miss.text[:117] + "…"
    line = f"{miss.field:<14} {miss.kind:<18} {text}{where}"
    if miss.kind == "missed" and miss.expected and miss.expected != miss.text:
        line += f"  [keywords: {miss.expected}]"
    elif miss.kind not in ("missed", "spurious"):
        line += f"  [gold: {miss.expected}; found: {miss.found}]"
    return line


def evaluate_ner(
    iob_file: Annotated[
        Path,
        typer.Argument(help="CoNLL-style IOB file: TOKEN [POS ...] TAG per line, blank lines "
                       "between sentences.", show_default=False, metavar="IOB_FILE"),
    ],
    model: opt.Model = None,
    format: Format = ReportFormat.table,
    encoding: Annotated[
        str, typer.Option("--encoding", metavar="ENCODING",
                          help="Text encoding of the IOB file (CoNLL-2002: latin-1).")
    ] = "latin-1",
    quiet: Quiet = False,
    verbose: Verbose = 0,
) -> None:
    """Score the chosen pipeline's named entities on CoNLL-style IOB data, per label (exact span
    match; pipeline labels mapped to PER/ORG/LOC/MISC).

    \b
    Examples:
      sessietool evaluate-ner ned.testb
      sessietool evaluate-ner ned.testb --model nl_core_news_sm --format json
    """
    from ..evaluation.ner import score_iob_file

    with user_errors():
        require_exists(iob_file)
        result = score_iob_file(iob_file, model=model, encoding=encoding)
    if format is ReportFormat.json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    _print_ner_table(iob_file, result)


def _print_ner_table(path: Path, result: dict[str, Any]) -> None:
    from rich.table import Table

    table = Table(title=f"named entities: {path.name}")
    table.add_column("label")
    for header in ("P", "R", "F", "gold"):
        table.add_column(header, justify="right")
    for label, s in sorted(result["labels"].items()):
        table.add_row(label, _fmt(s.get("p"), 3), _fmt(s.get("r"), 3), _fmt(s.get("f"), 3),
                      str(s.get("n_gold", "")))
    table.add_section()
    overall = result["overall"]
    total = sum(int(s.get("n_gold") or 0) for s in result["labels"].values())
    table.add_row("overall", _fmt(overall.get("p"), 3), _fmt(overall.get("r"), 3),
                  _fmt(overall.get("f"), 3), str(total), style="bold")
    console = _console()
    console.print(table)
    console.print(f"{result.get('sentences', 0)} sentences, {result.get('tokens', 0)} tokens")
