"""Chunks that are not prose (more tokens per character than prose has) get the pipeline's
rule-based components only: a 600 KB file of ``*a *a …`` costs what a session of that size
costs, not three times as much (issue 24)."""
from __future__ import annotations

import spacy

from sessietool.nlp import bounded

PROSE = "De werkgroep bespreekt de planning van het project met Logius en Geonovum. " * 40
DENSE = "*a " * 2_000


def _pipeline() -> spacy.language.Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe("tok2vec")
    ruler = nlp.add_pipe("entity_ruler")
    nlp.initialize()
    ruler.add_patterns([{"label": "ORG", "pattern": "Logius"}])  # initialize() clears them
    return nlp


def test_density_tells_prose_from_runs_of_one_character_tokens() -> None:
    nlp = spacy.blank("nl")
    assert not bounded.is_dense(nlp.make_doc(PROSE))
    assert bounded.is_dense(nlp.make_doc(DENSE))
    assert not bounded.is_dense(nlp.make_doc("*a " * 100))  # short chunks: the whole pipeline


def test_dense_chunks_skip_the_trainable_components_and_keep_order() -> None:
    nlp = _pipeline()
    texts = [PROSE, DENSE + " Logius", PROSE[:200]]
    docs = list(bounded.pipe(nlp, texts, batch_size=2))
    assert [d.text for d in docs] == texts
    prose, dense, short = docs
    assert [e.text for e in dense.ents] == ["Logius"]  # the rule-based ruler still ran
    # the tok2vec (trainable) wrote a tensor for the prose, none for the dense chunk
    assert prose.tensor.shape[0] == len(prose) and short.tensor.shape[0] == len(short)
    assert dense.tensor.size == 0
    assert [bounded.rule_components(nlp)[0]] == [nlp.get_pipe("entity_ruler")]
