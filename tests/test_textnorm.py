"""sessietool.textnorm: the one slug rule (ids, owner keys) and accent folding."""
from __future__ import annotations

import pytest

from sessietool.compare import matching
from sessietool.language import slugify as language_slugify
from sessietool.textnorm import fold, slug, slugify


@pytest.mark.parametrize(("name", "expected"), [
    ("Søren Ødegaard", "soren-odegaard"),
    ("Ærøskøbing", "aeroskobing"),
    ("Straße", "strasse"),
    ("Łukasz Wałęsa", "lukasz-walesa"),
    ("Zoë Brontë-Ça", "zoe-bronte-ca"),
    ("Đorđe Þórsson", "dorde-thorsson"),
    ("Peter-Paul Koch", "peter-paul-koch"),
    ("Ministerie van OCW", "ministerie-van-ocw"),
    ("API’s", "apis"),
])
def test_slug_transliterates(name: str, expected: str) -> None:
    assert slugify(name) == expected
    assert slug(name) == expected


def test_one_slug_everywhere() -> None:
    """The ids and the owner keys of action-point matching use the same rule."""
    assert language_slugify is slugify
    assert matching.slug is slug
    assert matching.slug("Søren Ødegaard") == language_slugify("Søren Ødegaard")


def test_empty_slug() -> None:
    assert slug("—") == ""
    assert slugify("—") == "x"  # an id is never empty
    assert slugify("Иван") == "x"


def test_fold() -> None:
    assert fold("Gáán") == "gaan"
    assert fold("Ødegaard") == "odegaard"
