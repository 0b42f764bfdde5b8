"""The lemma error analysis: which tokens have compound lemmas, and how a lemma went wrong."""
from __future__ import annotations

import pytest
from lemma_errors import error_kind, is_compound_lemma


@pytest.mark.parametrize(
    ("raw", "form", "expected"),
    [
        ("stad_archief", "stadsarchieven", True),
        ("vooruit_gaan", "ging", True),
        ("archief", "archieven", False),
        ("_", "_", False),
        ("a_b", "a_b", False),  # an underscore in the word itself is no compound mark
    ],
)
def test_is_compound_lemma(raw: str, form: str, expected: bool) -> None:
    assert is_compound_lemma(raw, form) is expected


@pytest.mark.parametrize(
    ("form", "gold", "pred", "kind"),
    [
        ("levensstijl", "levenstijl", "levenstijl", "ok"),
        ("Hermelien", "Hermelien", "hermelien", "case"),
        ("G8-top", "G8top", "G8-top", "hyphen"),
        ("levensstijl", "levenstijl", "levensstijl", "linking"),
        ("leeuwenkuil", "leeuwkuil", "leeuwenkuil", "linking"),
        ("ging", "vooruitgaan", "gaan", "particle"),
        ("toegestaan", "toestaan", "toegestaan", "unchanged"),
        ("koninginnen", "koningin", "koninginn", "other"),
    ],
)
def test_error_kind(form: str, gold: str, pred: str, kind: str) -> None:
    assert error_kind(form, gold, pred) == kind
