"""Loading and validating gold files: errors name the file and the field."""
from __future__ import annotations

from pathlib import Path

import pytest

from sessietool.errors import GoldFileError
from sessietool.evaluation.gold import load_gold, load_gold_dir, parse_gold

from .eval_helpers import write_yaml

FULL = """\
# a comment
source: corpus/verdiepingssessie/2020-10-06-verdiepingssessie.txt
kind: report
session:
  title: Verdiepingssessie
  date: 2020-10-06
speakers:
  - name: Jan Bogerd
    aliases: [Jan]
    organisation: Vereniging Hogescholen
    turns: 2
    words: 120
  - label: De voorzitter
speakers_complete: false
organisations:
  - name: Vereniging Hogescholen
    aliases: [VH]
organisations_optional: [sectorraden]
organisations_complete: false
action_points:
  - text: De sectorraden sluiten een convenant.
    keywords: [convenant]
    owner: sectorraden
    due: 2020-11-05
action_points_optional:
  - keywords: [budgetten]
action_points_complete: false
themes:
  - label: Lerarentekort
    keywords: [lerarentekort]
dates: [2020-10-06]
"""


def test_full_file(tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_text(FULL, encoding="utf-8")
    g = load_gold(path)
    assert g.name == "seed.yaml"
    assert g.source.endswith("2020-10-06-verdiepingssessie.txt")
    assert (g.kind, g.title, g.date) == ("report", "Verdiepingssessie", "2020-10-06")
    assert g.speakers[0].aliases == ("Jan",) and g.speakers[0].turns == 2
    assert g.speakers[1].name is None and g.speakers[1].label == "De voorzitter"
    assert not g.speakers_complete and not g.organisations_complete
    assert not g.action_points_complete
    assert g.organisations is not None and g.organisations[0].aliases == ("VH",)
    assert g.organisations_optional == ("sectorraden",)
    assert g.action_points is not None and g.action_points[0].due == "2020-11-05"
    assert g.action_points_optional[0].keywords == ("budgetten",)
    assert g.themes is not None and g.themes[0].keywords == ("lerarentekort",)


def test_minimal_file_defaults() -> None:
    g = parse_gold({"source": "a.txt"}, "min.yaml")
    assert g.speakers == () and not g.speakers_complete  # not annotated: precision not scored
    assert parse_gold({"source": "a.txt", "speakers": []}, "none.yaml").speakers_complete
    assert g.organisations is None and g.action_points is None and g.themes is None
    assert g.date is None and g.action_points_optional == ()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ([], "(top level)"),
        ({"kind": "report"}, "source"),
        ({"source": "a.txt", "speakers": {"name": "x"}}, "speakers"),
        ({"source": "a.txt", "speakers": [{"role": "voorzitter"}]}, "speakers[0]"),
        ({"source": "a.txt", "speakers": [{"name": "x", "turns": "two"}]}, "speakers[0].turns"),
        ({"source": "a.txt", "speakers": [{"name": "x", "aliases": "y"}]}, "speakers[0].aliases"),
        ({"source": "a.txt", "speakers_complete": "no"}, "speakers_complete"),
        ({"source": "a.txt", "organisations": [{"aliases": ["x"]}]}, "organisations[0].name"),
        ({"source": "a.txt", "action_points": [{"text": "t"}]}, "action_points[0].keywords"),
        ({"source": "a.txt", "action_points": [{"keywords": []}]}, "action_points[0].keywords"),
        ({"source": "a.txt", "action_points_optional": [{"keywords": [{"a": 1}]}]},
         "action_points_optional[0].keywords[0]"),
        ({"source": "a.txt", "themes": [{"label": "x"}]}, "themes[0].keywords"),
        ({"source": "a.txt", "session": "2020"}, "session"),
    ],
)
def test_invalid_files_name_file_and_field(data: object, field: str) -> None:
    with pytest.raises(GoldFileError) as info:
        parse_gold(data, "g/bad.yaml")
    message = str(info.value)
    assert message.startswith("g/bad.yaml: invalid gold file: ")
    assert f": {field}: " in message
    assert info.value.exit_code == 2


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("source: a.txt\nspeakers: [unclosed\n", encoding="utf-8")
    pattern = r"broken\.yaml: invalid gold file: line \d+: not valid YAML"
    with pytest.raises(GoldFileError, match=pattern):
        load_gold(path)


def test_gold_dir(tmp_path: Path) -> None:
    write_yaml(tmp_path / "b.yaml", {"source": "b.txt"})
    write_yaml(tmp_path / "a.yaml", {"source": "a.txt"})
    (tmp_path / "notes.txt").write_text("not gold", encoding="utf-8")
    assert [g.name for g in load_gold_dir(tmp_path)] == ["a.yaml", "b.yaml"]


def test_gold_dir_errors(tmp_path: Path) -> None:
    with pytest.raises(GoldFileError, match="holds no"):
        load_gold_dir(tmp_path)
    with pytest.raises(GoldFileError, match="not a folder"):
        load_gold_dir(tmp_path / "missing")
