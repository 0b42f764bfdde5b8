"""Tests are named after the module they test: ``tests/<pkg>/test_<module>.py`` for
``src/sessietool/<pkg>/<module>.py`` (``test_<pkg>.py`` for the package's ``__init__``),
``tests/test_<module>.py`` for a top-level module, ``tests/training/test_<name>.py`` for the
recipe ``training/<name>``; the hostile-input suite (its own corpus and fixtures) names the module
it attacks, wherever it lives. Only the cross-cutting tests below are named otherwise."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "sessietool"
TESTS = ROOT / "tests"

# Cross-cutting tests: no one module is their subject.
CROSS_CUTTING = {
    "test_docs.py": "every command's help text is in the README",
    "test_golden.py": "the whole extract against the golden summaries",
    "test_import_cycles.py": "the import graph of all of src/",
    "test_names.py": "this check of the test layout",
    "test_readme.py": "every README command, as written",
    "compare/test_cli.py": "diff and trends end to end through the CLI",
    "report/test_cli.py": "report and show end to end through the CLI",
    "evaluation/test_eval_agreement.py": "evaluate against the reference scorer (shared/eval)",
    "hostile/test_batch_hostile.py": "hostile inputs, names and manifests through extract",
    "hostile/test_fuzz_batch.py": "a fuzz target over the whole batch",
}


def subject(test: Path) -> Path | None:
    """The module (or package folder) a test file is named after, None when there is none."""
    rel = test.relative_to(TESTS)
    name = rel.stem.removeprefix("test_")
    folder = rel.parent.as_posix()
    if folder == ".":
        candidates = [SRC / f"{name}.py", SRC / name]
    elif folder == "training":
        candidates = [ROOT / "training" / f"{name}.py", ROOT / "training" / name]
    elif folder == "hostile":
        candidates = sorted(p for p in SRC.rglob(f"{name}.py"))
    else:
        package = SRC / folder
        candidates = [package / f"{name}.py", *([package] if name == rel.parent.name else [])]
    return next((c for c in candidates if c.exists()), None)


def test_every_test_file_names_its_module() -> None:
    tests = sorted(p for p in TESTS.rglob("test_*.py") if "fixtures" not in p.parts)
    unnamed = [p.relative_to(TESTS).as_posix() for p in tests
               if p.relative_to(TESTS).as_posix() not in CROSS_CUTTING and subject(p) is None]
    assert unnamed == [], "tests named after no module (rename, or explain in CROSS_CUTTING)"
    stale = [name for name in CROSS_CUTTING if not (TESTS / name).is_file()]
    assert stale == []


def test_the_rule_tells_a_misnamed_test() -> None:
    assert subject(TESTS / "readers" / "test_read_api.py") is None
    assert subject(TESTS / "batch" / "test_runner.py") == SRC / "batch" / "runner.py"
    assert subject(TESTS / "readers" / "test_readers.py") == SRC / "readers"
    assert subject(TESTS / "hostile" / "test_manifest.py") == SRC / "batch" / "manifest.py"
    assert subject(TESTS / "test_summary.py") == SRC / "summary.py"
