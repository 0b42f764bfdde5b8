"""End-to-end smoke test of training/train.py on the tiny fixtures (tiny networks, 10 steps)."""
from __future__ import annotations

import json
import shutil

import pytest


@pytest.fixture
def data_dir(tmp_path, fixtures):
    ud = tmp_path / "data" / "ud-dutch"
    ner = tmp_path / "data" / "conll2002"
    ud.mkdir(parents=True)
    ner.mkdir(parents=True)
    for src, dst in [
        ("ud_legacy.conllu", "nl_lassysmall-ud-train.2017.conllu"),
        ("ud_legacy.conllu", "nl_alpino-ud-train.2017-partial.conllu"),
        ("ud_current.conllu", "nl_alpino-ud-dev.conllu"),
        ("ud_current.conllu", "nl_lassysmall-ud-dev.conllu"),
        ("ud_dev.conllu", "nl_alpino-ud-test.conllu"),
        ("ud_test.conllu", "nl_lassysmall-ud-test.conllu"),
    ]:
        shutil.copy(fixtures / src, ud / dst)
    for name in ("ned.train", "ned.testa", "ned.testb"):
        shutil.copy(fixtures / "ned.mini", ner / name)
    return tmp_path / "data"


def test_recipe_end_to_end(tmp_path, data_dir):
    import spacy
    import train

    out = tmp_path / "models" / "nl_sessie_sm"
    rc = train.main(["--data", str(data_dir), "--out", str(out), "--work", str(tmp_path / "work"),
                     "--tiny", "--jobs", "2"])
    assert rc == 0
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "parser",
                              "trainable_lemmatizer", "ner"]
    assert f"{nlp.meta['lang']}_{nlp.meta['name']}" == "nl_sessie_sm"
    assert nlp.meta["version"] == "0.1.0"
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    scores = json.loads((out / "scores.json").read_text())
    assert {"ud_test", "ner_testa", "ner_testb", "speed", "load_s", "size_mb"} <= set(scores)
    assert set(scores["ner_testb"]["labels"]) == {"PER", "ORG", "LOC", "MISC"}
    doc = nlp("Jan en Marie wonen in Den Haag.")
    assert len(doc) == 8
    list(doc.noun_chunks)  # needs POS + deps; must not raise
    assert not list(out.parent.glob(".nl_sessie_sm.*"))  # no temp dirs left behind
