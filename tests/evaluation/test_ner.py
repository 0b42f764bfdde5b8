"""sessietool.evaluation.ner: score_iob on a tiny IOB file with a blank pipeline and an entity
ruler."""
from __future__ import annotations

from pathlib import Path

import pytest

from sessietool.evaluation.ner import repair_line, score_iob, spans_from_iob


@pytest.fixture
def fixtures() -> Path:
    return Path(__file__).resolve().parents[1] / "fixtures" / "training"


@pytest.fixture
def nlp():
    import spacy

    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Jan Janssens"},
        {"label": "GPE", "pattern": "België"},
        {"label": "ORG", "pattern": "VRT"},
        {"label": "PERSON", "pattern": "André"},
        {"label": "GPE", "pattern": "Antwerpen"},
        {"label": "PERSON", "pattern": "Marie"},
        {"label": "ORG", "pattern": "Morgen"},  # wrong boundary: gold is "De Morgen"
        {"label": "DATE", "pattern": "leest"},  # not a CoNLL label: ignored
    ])
    return nlp


def test_score_iob_with_label_map(nlp, fixtures):
    s = score_iob(nlp, fixtures / "ned.mini",
                  label_map={"PERSON": "PER", "GPE": "LOC", "ORG": "ORG"})
    assert s["sentences"] == 4 and s["tokens"] == 27
    labels = s["labels"]
    assert set(labels) == {"PER", "LOC", "ORG", "MISC"}
    assert labels["PER"] == {"p": 1.0, "r": 1.0, "f": 1.0, "n_gold": 3}
    assert labels["LOC"]["f"] == 1.0 and labels["LOC"]["n_gold"] == 2
    assert labels["ORG"]["p"] == 0.5 and labels["ORG"]["r"] == 0.5
    assert labels["MISC"] == {"p": 0.0, "r": 0.0, "f": 0.0, "n_gold": 1}
    # 6 correct of 7 predicted, 8 gold
    assert s["overall"]["p"] == pytest.approx(6 / 7)
    assert s["overall"]["r"] == pytest.approx(6 / 8)


def test_score_iob_without_label_map(nlp, fixtures):
    s = score_iob(nlp, fixtures / "ned.mini")
    # PERSON/GPE are not CoNLL labels: only the ORG predictions count
    assert s["labels"]["PER"]["r"] == 0.0
    assert s["labels"]["ORG"]["p"] == 0.5


def test_spans_and_repair():
    assert spans_from_iob(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == {
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")}
    assert repair_line("Belgi\x81EN B-LOC") == "België N B-LOC"
