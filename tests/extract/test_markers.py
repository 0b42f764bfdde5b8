"""Names written as markers: ``<opmerking Naam>`` and handles used as names."""

from __future__ import annotations

import pytest

from sessietool.extract.markers import acting_handles, handle_owner, remark_names
from sessietool.language import load_language_data


@pytest.fixture(scope="module")
def lang():
    return load_language_data()


def test_remark_markers_name_their_author(lang):
    text = "<opmerking Mirjam Jansen> Dat klopt. <vraag: Kees Smit> Wanneer? <div class=x> <b>"
    text += " <Vraag van Erwin Reinhoud> Kan dat?"
    found = [name for _s, _e, name in remark_names(text, lang)]
    assert found == ["Mirjam Jansen", "Kees Smit", "Erwin Reinhoud"]
    assert remark_names("<opmerking dit moet anders>", lang) == []


def test_handles_used_as_names():
    verbs = {"vraagt", "merkt"}
    text = "@ehotting vraagt iets.\n- @tdonker: akkoord\nzie @github voor issues, mail a@b.nl"
    assert [h for _s, _e, h in acting_handles(text, verbs)] == ["ehotting", "tdonker"]


def test_a_handle_spells_one_known_name(lang):
    names = ["Eelco Hotting", "Ton Donker", "Tim van der Lippe"]
    assert handle_owner("ehotting", names, lang) == "Eelco Hotting"
    assert handle_owner("tonDonker".lower(), names, lang) == "Ton Donker"
    assert handle_owner("tlippe", names, lang) == "Tim van der Lippe"
    assert handle_owner("timvanderlippe", names, lang) == "Tim van der Lippe"
    assert handle_owner("jansen", names, lang) is None
    assert handle_owner("thotting", ["Eelco Hotting", "Tom Hotting"], lang) == "Tom Hotting"
    assert handle_owner("hotting", ["Eelco Hotting", "Tom Hotting"], lang) is None
