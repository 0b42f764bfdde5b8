"""Requests in a sitting of procedure ("Regeling van werkzaamheden") and their themes."""

from __future__ import annotations

from sessietool.api import Options

REGELING = """# Regeling van werkzaamheden

De voorzitter:
Ik deel mee dat de volgende moties zijn vervallen. Mevrouw Hermans namens de VVD.

Mevrouw Hermans (VVD):
Voorzitter. Gisteren kwam het bericht over fraude met het persoonsgebonden budget. De fraude
met het persoonsgebonden budget maakt het instrument kapot. Daarom vraag ik een debat aan.

De heer Kuzu (DENK):
Steun voor het debat over de fraude.

De voorzitter:
Er is een meerderheid. Ik geef het woord aan de heer De Jong namens de PVV.

De heer De Jong (PVV):
Voorzitter. De sociale werkvoorziening gaat op slot. Mensen met een arbeidsbeperking staan aan
de kant door het sluiten van de sociale werkvoorziening. Ik wil een debat.

Mevrouw Van Brenk (50PLUS):
Steun. De sociale werkplaatsen verdienen een debat.

De voorzitter:
Geen meerderheid. Dan zijn we aan het eind van de regeling.
"""


def test_each_request_of_a_regeling_is_a_theme(summarise):
    s = summarise(REGELING, options=Options())
    agenda = [t for t in s.themes if t.source == "agenda"]
    labels = [t.label.casefold() for t in agenda]
    assert len(agenda) == 2, labels
    assert any("fraude" in lab or "budget" in lab for lab in labels)
    assert any("werkvoorziening" in lab for lab in labels)
    work = next(t for t in agenda if "werkvoorziening" in t.label.casefold())
    assert "werkplaatsen" in work.keywords  # the replies to the request name it too
    assert not any(lab in ("debat", "steun", "voorzitter") for lab in labels)


def test_a_debate_with_the_floor_given_has_no_request_themes(summarise):
    debate = REGELING.replace("# Regeling van werkzaamheden", "# Sociale werkvoorziening")
    s = summarise(debate, options=Options())
    assert [t.label for t in s.themes if t.source == "agenda"] == ["Sociale werkvoorziening"]
