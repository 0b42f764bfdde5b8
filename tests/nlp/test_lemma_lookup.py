"""The lemma lookup component: table lemmas win, unknown forms keep theirs, saved with the
pipeline and found by ``spacy.load`` through the package's entry point."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sessietool.nlp.lemma_lookup import LemmaLookup


def _doc(nlp, words, lemmas):
    return Doc(nlp.vocab, words=words, lemmas=lemmas)


def test_table_lemma_wins_and_unknown_forms_keep_theirs() -> None:
    nlp = spacy.blank("nl")
    lookup = LemmaLookup(table={"liepen": "lopen", "huizen": "huis"})
    doc = lookup(_doc(nlp, ["Liepen", "huizen", "Logius"], ["liepen", "huizen", "Logius"]))
    assert [t.lemma_ for t in doc] == ["lopen", "huis", "Logius"]


def test_saved_with_the_pipeline_and_loaded_by_spacy(tmp_path) -> None:
    nlp = spacy.blank("nl")
    pipe = nlp.add_pipe("sessie_lemma_lookup")
    pipe.initialize(table={"gingen": "gaan"})
    nlp.to_disk(tmp_path / "p")
    first = (tmp_path / "p" / "sessie_lemma_lookup" / "table.json.gz").read_bytes()
    loaded = spacy.load(tmp_path / "p")
    assert loaded.pipe_names == ["sessie_lemma_lookup"]
    assert loaded("Zij gingen")[1].lemma_ == "gaan"
    loaded.to_disk(tmp_path / "q")  # the same table gives the same bytes
    assert (tmp_path / "q" / "sessie_lemma_lookup" / "table.json.gz").read_bytes() == first
