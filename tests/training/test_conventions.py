"""training/conventions.py: 2017 UD Dutch annotation brought to current conventions."""
from __future__ import annotations

import conventions
import convert
import pytest


@pytest.fixture
def sents(fixtures):
    return convert.read_conllu(fixtures / "ud_conventions.conllu")


def _tok(sent, form):
    return next(t for t in sent.tokens if t.form == form)


def _rows(sent):
    return {t.form: (t.upos, t.head, t.deprel) for t in sent.tokens}


def test_relabel_possessive_als_ordinal_reflexive(sents):
    out = conventions.harmonise(sents[0], "labels")
    assert (_tok(out, "zijn").upos, _tok(out, "zijn").deprel) == ("PRON", "nmod:poss")
    assert "Poss=Yes" in _tok(out, "zijn").feats and "Person=3" in _tok(out, "zijn").feats
    assert _tok(out, "als").upos == "SCONJ"
    assert (_tok(out, "eerste").upos, _tok(out, "eerste").deprel) == ("ADJ", "amod")
    assert _tok(out, "zich").deprel == "expl:pv"
    assert [t.head for t in out.tokens] == [t.head for t in sents[0].tokens]


def test_input_is_not_modified(sents):
    before = _rows(sents[0])
    conventions.harmonise(sents[0], "full")
    assert _rows(sents[0]) == before


def test_none_changes_nothing(sents):
    for s in sents:
        assert _rows(conventions.harmonise(s, "none")) == _rows(s)


def test_labels_mode_keeps_heads(sents):
    out = conventions.harmonise(sents[1], "labels")
    assert _rows(out) == _rows(sents[1])


@pytest.mark.parametrize(
    ("index", "swapped", "heads"),
    [
        pytest.param(  # willen heads its clause; subject and punctuation go with it,
            1,         # the modifier stays with the infinitive
            {"wil": ("VERB", 0, "root"), "komen": ("VERB", 2, "xcomp")},
            {"Zij": 2, ".": 2, "morgen": 4},
            id="willen-heads-its-clause",
        ),
        pytest.param(  # a copula other than zijn becomes a verb; "zeer koud" stays together
            2,
            {"geworden": ("VERB", 0, "root"), "koud": ("ADJ", 6, "xcomp")},
            {"is": 6, "Het": 6, "gisteren": 6, "zeer": 5},
            id="copula-becomes-verb",
        ),
        pytest.param(  # moeten + xcomp infinitive becomes an auxiliary
            3,
            {"lezen": ("VERB", 0, "root"), "moeten": ("AUX", 4, "aux")},
            {"We": 4, ".": 4, "het": 4},
            id="moeten-becomes-auxiliary",
        ),
    ],
)
def test_head_swaps(sents, index, swapped, heads):
    out = conventions.harmonise(sents[index], "full")
    rows = _rows(out)
    for form, row in swapped.items():
        assert rows[form] == row
    for form, head in heads.items():
        assert rows[form][1] == head, form
    assert convert.is_tree(out)


def test_current_files_are_not_harmonised(sents):
    fixed = convert.fix_sentence(sents[1], legacy=False)
    assert _rows(fixed) == _rows(sents[1])
    fixed = convert.fix_sentence(sents[1], legacy=True)
    assert _tok(fixed, "wil").deprel == "root"


def test_unknown_mode():
    with pytest.raises(ValueError, match="unknown mode"):
        conventions.harmonise(convert.Sentence([]), "all")


def test_degree_words_become_adverbs(sents):
    rows = _rows(conventions.harmonise(sents[4], "labels"))
    assert rows["meeste"] == ("ADV", 3, "amod")
    assert rows["meer"] == ("ADV", 4, "advmod")


def test_words_inside_names_become_propn(sents):
    out = conventions.harmonise(sents[5], "labels")
    for form in ("Tweede", "Wereldoorlog"):
        t = _tok(out, form)
        assert (t.upos, t.lemma, t.feats) == ("PROPN", form, "_")
    assert _tok(out, "Vlaamse").upos == "ADJ"  # capitalised, but not inside a name
    assert _tok(out, "Na").upos == "ADP"


def test_separable_verbs_take_the_particle_verb_as_lemma(sents):
    out = conventions.harmonise(sents[6], "labels")
    assert _tok(out, "komt").lemma == "opkomen"
    assert _tok(out, "op").lemma == "op"
    again = conventions.harmonise(out, "labels")
    assert _tok(again, "komt").lemma == "opkomen"  # applied once only
