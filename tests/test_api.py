"""Property-based: the whole extract never raises on arbitrary input except documented errors."""

from __future__ import annotations

import os

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessietool.api import Options, extract_session
from sessietool.errors import InputError
from sessietool.summary import json_schema

EXAMPLES = int(os.environ.get("SESSIETOOL_PROPERTY_EXAMPLES", "150"))
BLANK = Options(model="blank:nl")
SCHEMA = json_schema()

FRAGMENTS = st.sampled_from(
    [
        "De voorzitter:\n",
        "De heer Van der Staaij (SGP):\n",
        "Minister Slob:\n",
        "Jan: ",
        "ACTIE: ",
        "Taak Piet: ",
        "Aanwezig: Jan, Piet (penningmeester)\n",
        "## Aanwezig\n",
        "- Sander (vz)\n",
        "De Kamer,\n",
        "verzoekt de regering ",
        "en gaat over tot de orde van de dag.\n",
        "op 5 en 6 november 2020 ",
        "31 februari ",
        "volgende week ",
        "OCW ",
        "(VH) ",
        "| a | b |\n",
        "WEBVTT\n\n",
        "00:00:01.000 --> 00:00:02.000\n",
        "<v Anko>",
        "---\ntitle: x\n---\n",
        "we gaan een convenant sluiten. ",
        "er moet een visie komen. ",
        "’",
        "\u00e9",
        "\n\n",
        " ",
    ]
)


def _check(name: str, data: bytes) -> None:
    try:
        summary = extract_session(name, data=data, options=BLANK)
    except InputError:
        return
    jsonschema.validate(summary.to_dict(), SCHEMA)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(FRAGMENTS | st.text(max_size=30), max_size=40),
    st.sampled_from(["s.txt", "s.md", "s.vtt", "s.srt", "s"]),
)
def test_extract_on_session_like_text(parts: list[str], name: str):
    _check(name, "".join(parts).encode("utf-8"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(["s.txt", "s.docx", "s.pdf", "s.vtt"]))
def test_extract_on_arbitrary_bytes(data: bytes, name: str):
    _check(name, data)
