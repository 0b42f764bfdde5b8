"""Gazetteer and theme files: safe_load only, validated, errors that name the file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessietool.errors import DataFileError
from sessietool.language import load_language_data, slugify


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("organisations: [{kind: bedrijf}]", "entry 1: field 'name' must be a non-empty str"),
        ("organisations: {a: 1}", "field 'organisations' must be a list"),
        ("organisations: [{name: X, aliases: 3}]", "field 'aliases' must be a list of strings"),
        ("organisations: [\n  {name: X", "not valid YAML at line"),
        ("!!python/object/apply:os.system ['echo hi']", "not valid YAML"),
    ],
)
def test_bad_gazetteers_name_the_file_and_field(tmp_path: Path, text: str, message: str):
    path = _write(tmp_path, text)
    with pytest.raises(DataFileError) as err:
        load_language_data((path,))
    assert str(err.value).startswith(path) and message in str(err.value)
    assert err.value.exit_code == 2


def test_bad_theme_file(tmp_path: Path):
    path = _write(tmp_path, "themes: [{label: Fietsen, terms: []}]")
    with pytest.raises(DataFileError, match="entry 1: field 'terms' must not be empty"):
        load_language_data((), (path,))


def test_missing_file(tmp_path: Path):
    with pytest.raises(DataFileError, match="no such file"):
        load_language_data((str(tmp_path / "nope.yaml"),))


def test_user_entries_replace_defaults_with_the_same_id(tmp_path: Path):
    path = _write(tmp_path, "organisations:\n  - {id: ocw, name: OCW zelf, kind: overig}\n")
    data = load_language_data((path,))
    assert data.org_by_alias()["ocw zelf"].kind == "overig"
    assert "ministerie van ocw" not in data.org_by_alias()


def test_default_data_is_valid_and_ids_are_slugs():
    data = load_language_data()
    assert len(data.organisations) > 100 and len(data.themes) >= 10
    for entry in (*data.organisations, *data.themes):
        assert entry.id == slugify(entry.id)
    assert len({o.id for o in data.organisations}) == len(data.organisations)


def test_name_words_come_from_data_and_user_gazetteer_extends_them(tmp_path):
    from sessietool.language import load_language_data
    from sessietool.readers.names import is_speaker_label

    lang = load_language_data()
    assert "van" in lang.label_particles() and "agenda" in lang.not_speakers()
    assert "voor" in lang.organisation_connectors()
    assert is_speaker_label("Jan van Dommelen")
    assert not is_speaker_label("Agenda Punt")
    user = tmp_path / "extra.yaml"
    user.write_text("organisations: []\nnot_speakers: [Mededeling]\nlabel_particles: [zur]\n",
                    encoding="utf-8")
    mine = load_language_data((str(user),))
    assert "mededeling" in mine.not_speakers() and "agenda" in mine.not_speakers()
    assert is_speaker_label("Hanna zur Linden", mine)
    assert not is_speaker_label("Hanna zur Linden")
    assert not is_speaker_label("Mededeling Bestuur", mine)


def test_user_gazetteer_extends_action_cues(tmp_path):
    user = tmp_path / "cues.yaml"
    user.write_text(
        "organisations: []\nleading_conjunctions: [welnu]\n"
        "markers:\n  - {pattern: 'vervolgactie', kind: action}\n"
        "request_phrases: ['\\bgraag ontvangen\\b']\n",
        encoding="utf-8",
    )
    base, mine = load_language_data(), load_language_data((str(user),))
    assert "welnu" in mine.action_words("leading_conjunctions")
    assert "welnu" not in base.action_words("leading_conjunctions")
    assert "en" in mine.action_words("leading_conjunctions")  # added to, not replaced
    assert mine.actions["markers"][-1] == {"pattern": "vervolgactie", "kind": "action"}
    assert len(mine.actions["markers"]) == len(base.actions["markers"]) + 1
    assert mine.actions["request_phrases"][-1] == r"\bgraag ontvangen\b"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("markers:\n  - {pattern: 'x', kind: wish}\n", "kind 'wish' is not one of"),
        ("markers:\n  - {kind: action}\n", "field 'pattern' must be a non-empty str"),
        ("markers: actie\n", "field 'markers' must be a list"),
        ("request_phrases: ['(graag']\n", "field 'request_phrases': '(graag' is not a valid"),
        ("leading_conjunctions: [1, '']\n", "must not hold an empty string"),
    ],
)
def test_bad_action_cues_name_file_and_field(tmp_path, text, message):
    path = _write(tmp_path, "organisations: []\n" + text)
    with pytest.raises(DataFileError) as exc:
        load_language_data((path,))
    assert path in str(exc.value) and message in str(exc.value)


def test_package_data_files_are_read_only_through_language_data():
    """Every data file of ``sessietool/data`` is read by ``language.py`` (``LanguageData``'s
    accessors); no other module opens one itself."""
    import re

    import sessietool
    from sessietool.language import LanguageData

    src = Path(sessietool.__file__).parent
    opens = re.compile(r"""resources\.files\([^)]*\)\s*(?:/\s*"data"|\.joinpath\(\s*"data")"""
                       r"""|files\("sessietool\.data"\)""")
    readers = sorted(str(p.relative_to(src)) for p in src.rglob("*.py")
                     if opens.search(p.read_text(encoding="utf-8")))
    assert readers == ["language.py"]
    data = {p.name for p in (src / "data").iterdir() if p.suffix in (".yaml", ".txt")}
    text = (src / "language.py").read_text(encoding="utf-8")
    assert {name for name in data if f'"{name}"' not in text} == set()
    assert "vergadering" in LanguageData.meeting_words()
    assert "actie" in LanguageData.table_headers()
    assert "nl" in LanguageData.function_words()["languages"]
    assert LanguageData.theme_words()["agenda_boilerplate"]
    assert LanguageData.letterhead_labels()["meeting_date"]
