"""Person names in labels and list entries: titles, offices, parties."""

from __future__ import annotations

import pytest

from sessietool.extract.names import parse_label
from sessietool.language import load_language_data


@pytest.fixture(scope="module")
def lang():
    return load_language_data()


@pytest.mark.parametrize(
    ("label", "name", "role", "honorific"),
    [
        ("mw. drs. H. Jansen", "H. Jansen", None, "mw."),
        ("de heer dr. ir. P. de Wit", "P. de Wit", None, "de heer"),
        ("wethouder mr. K. El Idrissi", "K. El Idrissi", "wethouder", None),
    ],
)
def test_every_title_before_a_name_is_stripped(lang, label, name, role, honorific):
    parts = parse_label(label, lang)
    assert (parts.name, parts.role) == (name, role)
    if honorific:
        assert parts.honorific == honorific


def test_a_common_word_after_a_particle_ends_a_surname(lang):
    from sessietool.extract.names import looks_like_name

    assert looks_like_name("T. ter Haar", lang)
    assert not looks_like_name("Arjan Er", lang)
