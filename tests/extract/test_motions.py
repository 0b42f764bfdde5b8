"""Motions in a parliamentary report, and the subjects they give the themes."""

from __future__ import annotations

from sessietool.api import Options
from sessietool.extract.motions import motions

MOTION = """De Kamer,
gehoord de beraadslaging,
constaterende dat {why};
verzoekt de regering {ask},
en gaat over tot de orde van de dag.
Deze motie is voorgesteld door het lid Jansen.
"""

DEBATE = """# Nederlandse economie na de brexit

De heer Jansen (CDA):
Voorzitter. De versproducten staan bij de grens stil. Bloemen en groenten voor de export van
versproducten wachten uren bij de douane. De exporteurs van versproducten lijden schade.
{motion1}
Mevrouw Pietersen (VVD):
Voorzitter. De mkb-bedrijven weten niet wat de brexit voor ze betekent. Voorlichting aan
mkb-bedrijven is nodig. De voorlichting moet beter.
{motion2}
De voorzitter:
Dank u wel. Ik sluit de beraadslaging.
"""


def test_a_motion_runs_from_de_kamer_to_the_orde_van_de_dag():
    text = "Inleiding.\n" + MOTION.format(why="x", ask="iets te doen") + "Daarna.\n"
    [m] = motions(text)
    assert text[m.start : m.end].startswith("De Kamer,")
    assert text[m.start : m.end].endswith("orde van de dag")
    [(a, b)] = m.dictum
    assert text[a:b].startswith("verzoekt de regering iets te doen")


def test_no_motion_without_its_closing_or_dictum():
    assert motions("De Kamer,\ngehoord de beraadslaging,\nverzoekt de regering iets.\n") == []
    assert motions("De Kamer,\nconstaterende dat x,\nen gaat over tot de orde van de dag.\n") == []


def test_each_motion_gives_a_theme_of_what_it_asks(summarise):
    text = DEBATE.format(
        motion1=MOTION.format(
            why="versproducten kwetsbaar zijn voor wachttijden",
            ask="zich ervoor in te zetten dat versproducten zonder vertraging worden geëxporteerd",
        ),
        motion2=MOTION.format(
            why="het mkb minder capaciteit heeft",
            ask="de voorlichting aan mkb-bedrijven over de brexit te verbeteren",
        ),
    )
    s = summarise(text, options=Options())
    agenda = [t for t in s.themes if t.source == "agenda"]
    assert agenda[0].label == "Nederlandse economie na de brexit"  # the title's subject first
    motion_themes = agenda[1:]
    assert len(motion_themes) == 2
    labels = " ".join(t.label.casefold() for t in motion_themes)
    assert "versproducten" in labels and "voorlichting" in labels
    assert not any(t.label.casefold() in ("regering", "brexit") for t in motion_themes)
    versproducten = next(t for t in motion_themes if "versproducten" in t.label.casefold())
    assert "wachttijden" in versproducten.keywords  # the considerations name it too


def test_minutes_without_motions_get_no_motion_themes(summarise):
    s = summarise("# Overleg\n\n1. Begroting\nDe begroting is besproken.\n", options=Options())
    assert all(t.source != "agenda" or "begroting" in t.label.casefold() for t in s.themes)
