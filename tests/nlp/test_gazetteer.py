"""The gazetteer ruler: aliases as ORG entities, case rules and overlaps as the entity ruler's."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from sessietool.nlp.gazetteer import GazetteerRuler, alias_words, is_exact  # noqa: E402


@pytest.fixture()
def nlp():
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("sessietool_gazetteer_ruler", name="gaz")
    ocw = ["Ministerie van Onderwijs, Cultuur en Wetenschap", "OCW", "ministerie van OCW"]
    ruler.add("ocw", ocw)
    ruler.add("bzk", ["BZK", "Binnenlandse Zaken"])
    ruler.add("fin", ["Financiën"])
    ruler.add("ocw-dup", ["OCW"])
    ruler.add("bd", ["de Belastingdienst"])
    return nlp


def ents(nlp, text):
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def test_acronyms_and_one_word_aliases_match_only_as_written(nlp):
    assert ents(nlp, "OCW en ocw") == [("OCW", "ORG", "ocw")]
    assert ents(nlp, "de financiën van Financiën") == [("Financiën", "ORG", "fin")]


def test_longer_aliases_ignore_case(nlp):
    assert ents(nlp, "bij binnenlandse zaken") == [("binnenlandse zaken", "ORG", "bzk")]


def test_the_longest_match_wins_and_the_first_listed_organisation(nlp):
    found = ents(nlp, "Het ministerie van OCW schreef.")
    assert found == [("ministerie van OCW", "ORG", "ocw")]
    assert ents(nlp, "OCW") == [("OCW", "ORG", "ocw")]  # not "ocw-dup", listed later


def test_a_leading_article_is_not_part_of_the_alias(nlp):
    assert ents(nlp, "De Belastingdienst en de Belastingdienst") == [
        ("Belastingdienst", "ORG", "bd"),
        ("Belastingdienst", "ORG", "bd"),
    ]
    assert alias_words("het Kadaster") == "Kadaster"
    assert alias_words("De") == "De"


def test_matches_replace_the_entities_they_overlap():
    nlp = spacy.blank("nl")
    ruler = GazetteerRuler(nlp)
    ruler.add("bzk", ["Binnenlandse Zaken"])
    doc = nlp.make_doc("Binnenlandse Zaken en Jan")
    span = spacy.tokens.Span
    doc.ents = [span(doc, 1, 2, label="PER"), span(doc, 3, 4, label="PER")]
    doc = ruler(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Binnenlandse Zaken", "ORG"), ("Jan", "PER")]


def test_case_rule():
    assert is_exact("OCW", 1) and is_exact("Logius", 1) and is_exact("KvK", 1)
    assert not is_exact("Binnenlandse Zaken", 2)
    assert is_exact("J & V", 3)  # no lower-case letter: an acronym
