"""The shipped action sentence classifier: its input, size and loading."""
from __future__ import annotations

import pytest

from sessietool.extract import action_classifier as ac


def test_classifier_text_prefixes_context_and_folds_case():
    text = ac.classifier_text("Besloten wordt: de roadmap.", "## Besluiten", "een twee drie vier",
                              "vijf zes zeven acht")
    words = text.split()
    assert words[:4] == ["besloten", "wordt", "de", "roadmap"]
    assert "h_besluiten" in words
    assert [w for w in words if w.startswith("p_")] == ["p_twee", "p_drie", "p_vier"]
    assert [w for w in words if w.startswith("n_")] == ["n_vijf", "n_zes", "n_zeven"]
    assert "q_question" in ac.classifier_text("Wie doet dit?").split()


@pytest.mark.skipif(ac.model_path() is None, reason="classifier not shipped")
def test_shipped_model_is_small_and_loads_without_the_dutch_tokenizer():
    path = ac.model_path()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size <= 10 * 1024 * 1024
    nlp = ac.load()
    assert isinstance(nlp.tokenizer, ac.WhitespaceTokenizer)
    assert nlp.pipe_names == ["textcat"]
    assert sorted(nlp.get_pipe("textcat").labels) == sorted(ac.LABELS)


@pytest.mark.skipif(ac.model_path() is None, reason="classifier not shipped")
def test_an_input_over_max_length_is_classified_not_an_error(monkeypatch):
    """Issue 24: a 5 MB one-line "sentence" made spaCy raise E088 inside the extractors."""
    nlp = ac.load()
    monkeypatch.setattr(nlp, "max_length", 50)
    label, score = ac.classify(["wij gaan dat regelen " * 20], nlp)[0]
    assert label in ac.LABELS and 0.0 <= score <= 1.0


@pytest.mark.skipif(ac.model_path() is None, reason="classifier not shipped")
def test_labels_do_not_depend_on_the_dropped_lexical_attributes():
    """The loaded classifier computes no lexical attributes for new words (a speed-up): its
    probabilities equal those of the pipeline as spaCy loads it."""
    import spacy

    ac.register_tokenizer()
    plain = spacy.load(ac.model_path())
    assert plain.vocab.lex_attr_getters and not ac.load().vocab.lex_attr_getters
    texts = [ac.classifier_text(s, "## Acties") for s in (
        "Besloten wordt de roadmap vast te stellen.", "Frank stuurt de notulen rond.",
        "Wie kan er een voorstel doen?", "De RvIG 12 zal dit in 2026 oppakken.")]
    for ours, theirs in zip(ac.classify(texts), ac.classify(texts, plain), strict=True):
        assert ours[0] == theirs[0] and ours[1] == pytest.approx(theirs[1])
