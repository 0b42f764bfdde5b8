"""Conversion helpers of training/convert.py on tiny made-up fixtures."""
from __future__ import annotations

import convert
import pytest


def _legacy(fixtures):
    return convert.read_conllu(fixtures / "ud_legacy.conllu")


def _heads(sent):
    return {t.id: t.head for t in sent.tokens}


def _projective(sent):
    arcs = [(t.id, t.head) for t in sent.tokens if t.head]
    return not any(convert._crosses(a, b, arcs) for a, b in arcs)


# ---- CoNLL-2002 byte repair ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Belgi\x81EN B-LOC", "België N B-LOC"),
        ("Andr\x81EN B-PER", "André N B-PER"),
        ("Groot-Brittanni\x81EN B-LOC", "Groot-Brittannië N B-LOC"),
        ("Isra\x81Eische Adj B-MISC", "Israëische Adj B-MISC"),
        ("financi\x81Ee Adj O", "financiëe Adj O"),
        ("Caf\x81EAdj O", "Café Adj O"),
        ("gewoon Adj O", "gewoon Adj O"),
    ],
)
def test_repair_line(line, expected):
    assert convert.repair_line(line) == expected


def test_read_iob_repairs_and_groups(fixtures):
    sents = convert.read_iob(fixtures / "ned.mini")
    assert len(sents) == 4
    assert sents[0].words[4] == "België" and sents[0].tags[4] == "B-LOC"
    assert sents[2].words[0] == "André"
    assert not any("\x81" in w for s in sents for w in s.words)
    assert [s.doc_start for s in sents] == [True, False, True, False]
    assert [len(a) for a in convert.group_articles(sents)] == [2, 2]


def test_iob1_to_iob2():
    assert convert.iob1_to_iob2(["I-PER", "I-PER", "O", "I-LOC", "I-ORG"]) == [
        "B-PER", "I-PER", "O", "B-LOC", "B-ORG"]


def test_iob_to_docs_per_article(fixtures):
    import spacy

    nlp = spacy.blank("nl")
    sents = convert.read_iob(fixtures / "ned.mini")
    docs = convert.iob_to_docs(nlp.vocab, sents, per="article")
    assert len(docs) == 2
    assert [(e.text, e.label_) for e in docs[1].ents] == [
        ("André", "PER"), ("Antwerpen", "LOC"), ("WK voetbal", "MISC"), ("Marie", "PER"),
        ("De Morgen", "ORG")]
    assert len(list(docs[0].sents)) == 2
    assert len(convert.iob_to_docs(nlp.vocab, sents, per="sentence")) == 4


# ---- UD repairs -----------------------------------------------------------------------------


def test_cc_reattached_to_following_conjunct(fixtures):
    sent = _legacy(fixtures)[0]
    assert _heads(sent)[2] == 1
    fixed = convert.fix_sentence(sent, legacy=True)
    assert _heads(fixed)[2] == 3  # "en" -> "Marie"
    assert fixed.tokens[6].deprel == "flat"  # flat:name -> flat


def test_punct_on_root_reattached_when_crossing(fixtures):
    sent = _legacy(fixtures)[1]
    assert not _projective(sent)
    fixed = convert.fix_sentence(sent, legacy=True)
    h = _heads(fixed)
    assert h[5] == 4  # comma after "man" -> "man", no longer crossing "man <- lachte"
    assert h[10] == 2  # sentence-final full stop stays on the root
    assert _projective(fixed)
    assert convert.is_tree(fixed)


def test_lemma_underscores_and_blank_xpos(fixtures):
    fixed = convert.fix_sentence(_legacy(fixtures)[2], legacy=True)
    assert fixed.tokens[1].lemma == "basisniveau"
    assert all(t.xpos == "_" for t in fixed.tokens)  # XPOS copied from UPOS -> missing
    assert convert.fix_lemma("_", "_") == "_"
    assert convert.fix_lemma("mee_doen", "meedoen") == "meedoen"
    assert convert.fix_lemma("foo_bar", "foo_bar") == "foo_bar"  # real underscores stay


def test_self_loop_dropped(fixtures):
    sent = _legacy(fixtures)[3]
    assert convert.has_self_loop(sent)
    assert convert.fix_sentence(sent, legacy=True) is None


def test_current_files_keep_xpos_and_conventions(fixtures):
    sent = convert.read_conllu(fixtures / "ud_current.conllu")[0]
    fixed = convert.fix_sentence(sent, legacy=False)
    assert _heads(fixed) == _heads(sent)
    assert fixed.tokens[0].xpos.startswith("N|eigen")


def test_dedup_splits(fixtures):
    read = convert.read_conllu
    splits = convert.make_splits(
        {"legacy": read(fixtures / "ud_legacy.conllu"),
         "current": read(fixtures / "ud_current.conllu")},
        {"dev": read(fixtures / "ud_dev.conllu")},
        {"test": read(fixtures / "ud_test.conllu")},
        legacy={"legacy"},
    )
    keys = {k: [s.key() for s in v] for k, v in splits.items()}
    # 4 legacy (self-loop dropped) + 2 current (the Jan-en-Marie duplicate dropped)
    assert len(keys["train"]) == 6
    assert keys["dev"] == [convert.dedup_key("Piet leest het verslag.")]
    assert keys["test"] == [convert.dedup_key("Marie schrijft een brief.")]
    assert not set(keys["test"]) & set(keys["train"]) | set(keys["dev"]) & set(keys["train"])
    assert convert.dedup_key(" Jan  en\tMarie ") == "JanenMarie"


def test_sentences_to_docs(fixtures):
    import spacy

    nlp = spacy.blank("nl")
    sents = [convert.fix_sentence(s, legacy=True) for s in _legacy(fixtures)]
    sents = [s for s in sents if s is not None]
    docs = convert.sentences_to_docs(nlp.vocab, sents, n_sents=3)
    assert [len(list(d.sents)) for d in docs] == [3, 1]
    d = docs[0]
    assert d.text.startswith("Jan en Marie wonen in Den Haag. Ik zag")
    assert d[3].dep_ == "ROOT" and d[0].head.i == 3
    assert d[1].head.i == 2  # cc repaired
    assert d[0].tag_ == ""  # missing XPOS
    assert docs[1][1].lemma_ == "raad"
