"""Themes from the taxonomy (extensible) and key phrases."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sessietool.api import Options
from sessietool.extract.themes import _occurrences


def test_taxonomy_themes_with_evidence_and_scores(summarise):
    s = summarise(
        "Het lerarentekort groeit en groeit: lerarentekort! "
        "Zij-instromers helpen tegen het lerarentekort. "
        "Er is geld nodig, en budgetten.\n"
    )
    ids = [t.id for t in s.themes]
    assert ids[0] == "lerarentekort"
    assert {"zij-instroom", "financiering"} <= set(ids)
    lerarentekort = s.themes[0]
    assert lerarentekort.keywords == ["lerarentekort"]
    assert abs(sum(t.score for t in s.themes) - 1) < 0.01
    assert lerarentekort.source == "taxonomy"


def test_user_themes_extend_the_taxonomy(summarise, tmp_path: Path):
    themes = tmp_path / "themes.yaml"
    themes.write_text("themes:\n  - {id: fietsen, label: Fietsen, terms: [fiets]}\n", "utf-8")
    s = summarise(
        "De fietsenstalling en de fietsers.\n",
        options=Options(model="blank:nl", themes=(str(themes),)),
    )
    assert [t.id for t in s.themes if t.source == "taxonomy"] == ["fietsen"]
    assert s.themes[0].keywords == ["fietsenstalling", "fietsers"]


def test_one_weak_word_makes_no_theme(summarise):
    s = summarise("Hoe maken we het duurzaam? We plannen een nieuwe sessie in.\n")
    assert not {"energie-klimaat", "evenementen"} & {t.id for t in s.themes}


def test_a_word_that_only_begins_like_a_term_is_no_evidence(summarise):
    s = summarise("Eventueel komt er een tweede ronde. Eventuele vragen per mail. Meetup volgt.\n")
    theme = next((t for t in s.themes if t.id == "evenementen"), None)
    assert theme is None or not any(k.startswith("eventue") for k in theme.keywords)


def test_care_institutions_are_care_not_education(summarise):
    s = summarise(
        "De inspectie bezocht de zorginstelling opnieuw. De inspectie sprak met de patiënten.\n"
        "Twee verpleeghuizen van de zorginstelling krijgen een aanwijzing van de inspectie.\n"
    )
    ids = {t.id for t in s.themes}
    assert "zorg-gezondheid" in ids and "onderwijskwaliteit" not in ids


def test_head_term_or_two_distinct_terms_make_a_theme(summarise):
    head = summarise("De energietransitie vraagt veel.\n")
    assert [t.id for t in head.themes] == ["energie-klimaat"]
    two = summarise("Isolatie van woningen en aardgas besparen.\n")
    assert "energie-klimaat" in {t.id for t in two.themes}


def test_organisation_names_are_no_theme_evidence(summarise):
    s = summarise("Aanwezig: Jan Jansen (Politie), Piet Pietersen (Politie). Politie is er.\n")
    assert "veiligheid-justitie" not in {t.id for t in s.themes}


MINUTES = """# Verslag werkgroep

## 1. Opening

De voorzitter opent de vergadering en heet iedereen van harte welkom.

## 2. Stand van zaken OIN-stelsel

Het OIN-stelsel wordt herzien. De beheerder van het stelsel licht de plannen toe en er
volgt een lange discussie over de uitgifte van nummers aan organisaties in het land.

## 3. Begroting 2021

De penningmeester presenteert de begroting en het budget; de subsidie loopt af.

## 4. Rondvraag

Er zijn geen vragen.
"""


def test_agenda_themes_from_headings(summarise):
    s = summarise(MINUTES, name="notulen.md")
    agenda = [t for t in s.themes if t.source == "agenda"]
    assert [t.label for t in agenda] == ["Stand van zaken OIN-stelsel", "Begroting 2021"]
    assert agenda[0].lines == [7] and agenda[0].score > agenda[1].score
    assert "oin-stelsel" in agenda[0].keywords


def test_taxonomy_theme_that_agrees_with_an_agenda_item_is_merged(summarise):
    s = summarise(MINUTES, name="notulen.md")
    assert "financiering" not in {t.id for t in s.themes}
    begroting = next(t for t in s.themes if t.label == "Begroting 2021")
    assert "financiering" in begroting.keywords


def test_max_themes_caps_the_list(summarise):
    s = summarise(MINUTES, name="notulen.md", options=Options(model="blank:nl", max_themes=1))
    assert [t.label for t in s.themes] == ["Stand van zaken OIN-stelsel"]


def test_theme_ids_are_unique_for_labels_without_ascii(summarise):
    body = "Tekst over dit onderwerp, lang genoeg voor een alinea.\n\nEn nog een alinea.\n\n"
    text = f"# Titel\n\n{body}## ΩΩΩ\n\n{body}## ЖЖЖ\n\n{body}"
    ids = [t.id for t in summarise(text, name="n.md").themes]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_themes_are_ordered_by_score(summarise):
    scores = [t.score for t in summarise(MINUTES, name="notulen.md").themes]
    assert scores == sorted(scores, reverse=True)


def test_cli_max_themes_single_and_batch(tmp_path: Path):
    import yaml
    from typer.testing import CliRunner

    from sessietool.cli.app import app

    src = tmp_path / "notulen.md"
    src.write_text(MINUTES, encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(app, ["extract", str(src), "--model", "blank:nl", "--max-themes", "1"])
    assert one.exit_code == 0, one.output
    assert len(yaml.safe_load(one.stdout)["themes"]) == 1
    out = tmp_path / "out"
    many = runner.invoke(
        app, ["extract", str(src), "--model", "blank:nl", "--max-themes", "2", "-o", str(out)]
    )
    assert many.exit_code == 0, many.output
    assert len(yaml.safe_load((out / "notulen.yaml").read_text("utf-8"))["themes"]) == 2
    bad = runner.invoke(app, ["extract", str(src), "--model", "blank:nl", "--max-themes", "0"])
    assert bad.exit_code == 2


def test_schema_names_the_theme_sources():
    from sessietool.summary import json_schema

    source = json_schema()["properties"]["themes"]["items"]["properties"]["source"]
    assert source["enum"] == ["agenda", "taxonomy", "keyphrase"]


def test_specific_words_named_once_are_search_terms():
    from sessietool.extract.themes import _specific

    assert _specific("ledenadministratie") and _specific("w3c") and _specific("api-48")
    assert not _specific("helft") and not _specific("buurt")


def test_agenda_theme_keywords_hold_its_texts_specific_terms(summarise):
    text = (
        "# Notulen\n\n## 1. Lidmaatschap\n\nHet bestuur stelt voor om lid te worden van het W3C. "
        "De contributie is hoog.\n\n## 2. Begroting\n\nDe begroting voor volgend jaar is "
        "besproken en goedgekeurd.\n"
    )
    s = summarise(text, name="notulen.md", options=Options())  # noun chunks: the parser
    lid = next(t for t in s.themes if t.label == "Lidmaatschap")
    assert "contributie" in lid.keywords


def _agenda_draft(label: str, raw: float = 10.0):
    from sessietool.extract.themes import _Draft

    return _Draft(f"agenda-{label}", label, "agenda", raw, keywords=[label.casefold()])


def test_agenda_items_of_one_family_merge_under_the_item_naming_it():
    from sessietool.extract.themes import merge_families

    drafts = [
        _agenda_draft(x)
        for x in ("Commissies", "Commissie Congres", "Marketing Commissie", "Commissie België",
                  "Financiën", "Vacaturebank")
    ]
    merged = merge_families(drafts)
    assert [d.label for d in merged] == ["Commissies", "Financiën", "Vacaturebank"]
    assert {"commissie congres", "marketing commissie"} <= set(merged[0].keywords)
    assert merged[0].raw == 40.0


def test_no_family_without_an_item_naming_it_or_of_a_name():
    from sessietool.extract.themes import merge_families

    labels = ("Commissie Congres", "Marketing Commissie", "Commissie België", "Financiën")
    assert len(merge_families([_agenda_draft(x) for x in labels])) == 4
    named = ("Martin", "Martin over versies", "Martin over tokens", "Financiën")
    assert len(merge_families([_agenda_draft(x) for x in named], frozenset({"martin"}))) == 4


DEBATE = """# {title}

De voorzitter: Ik open het debat.

Mevrouw Jansen (CDA): Voorzitter. De mantelzorgers verdienen steun van de gemeenten.

De heer Pietersen (VVD): Voorzitter. De hulpmiddelen zijn een zaak van de gemeenten.
"""


def test_a_document_without_agenda_is_about_the_subjects_its_title_lists(summarise):
    s = summarise(DEBATE.format(title="Wmo / Mantelzorg / Hulpmiddelenbeleid"))
    agenda = [t for t in s.themes if t.source == "agenda"]
    assert [t.label for t in agenda] == ["Wmo", "Mantelzorg", "Hulpmiddelenbeleid"]
    assert s.themes[: len(agenda)] == agenda  # the title names what the whole text is about


def test_a_title_of_procedure_or_dates_names_no_theme(summarise):
    for title in ("Regeling van werkzaamheden", "Verslag vergadering 12 maart 2024"):
        s = summarise(DEBATE.format(title=title))
        assert not [t for t in s.themes if t.source == "agenda"], title


def test_a_title_theme_only_without_agenda_items(summarise):
    minutes = MINUTES.replace("# Verslag werkgroep", "# Overleg digitale overheid")
    s = summarise(minutes, name="n.md")
    assert "Overleg digitale overheid" not in [t.label for t in s.themes]


def test_key_phrases_leave_judging_and_counting_adjectives_out(summarise):
    text = (
        "Dit is een mooi initiatief. Het blijft een mooi initiatief voor de gemeente.\n"
        "De tweede aanwijzing kwam laat. Na de tweede aanwijzing volgde de curator.\n"
        "De sociale werkvoorziening krijgt geld. De sociale werkvoorziening blijft.\n"
    )
    labels = [t.label.casefold() for t in summarise(text, options=Options()).themes]
    assert "sociale werkvoorziening" in labels
    assert not any("mooi" in k or "tweede" in k for k in labels)


@given(st.text(alphabet="ab _é-\n1", max_size=80), st.sampled_from(["a b", "ab a", "a a", "b-a b"]))
def test_term_occurrences_are_the_patterns_matches(text: str, term: str):
    expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(term)}", text)]
    assert list(_occurrences(text, term)) == expected


def test_term_occurrences_start_after_no_word_character():
    assert list(_occurrences("open data, heropen data; open data", "open data")) == [0, 25]
