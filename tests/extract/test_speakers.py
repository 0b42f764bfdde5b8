"""Speakers and people mentioned, from rules alone (no statistical model)."""

from __future__ import annotations

REPORT = """Verslag

In de sessie spraken Jan Bogerd van de Vereniging Hogescholen, Frank van Hout (MBO Raad) en
de directeur-generaal Hoger Onderwijs van het ministerie van OCW, Marcelis Boereboom.

Marcelis vindt het een goed punt. Jan merkt op dat het anders moet. Een deelnemer vraagt
waarom. Zowel Frank als Jan vallen hem bij. Volgens het rapport van Ria Jansen is dat zo.
"""


def test_report_speakers_with_affiliations_and_first_name_aliases(summarise):
    s = summarise(REPORT)
    by_name = {p.name: p for p in s.speakers}
    assert set(by_name) == {"Jan Bogerd", "Frank van Hout", "Marcelis Boereboom"}
    assert by_name["Jan Bogerd"].organisation == "vereniging-hogescholen"
    assert by_name["Frank van Hout"].organisation == "mbo-raad"
    assert by_name["Marcelis Boereboom"].organisation == "ocw"
    assert by_name["Marcelis Boereboom"].role.startswith("directeur-generaal Hoger Onderwijs")
    assert by_name["Marcelis Boereboom"].aliases == ["Marcelis"]
    assert by_name["Jan Bogerd"].mentions == 3
    assert [p.name for p in s.people_mentioned] == ["Ria Jansen"]
    assert [p.id for p in s.speakers] == ["jan-bogerd", "frank-van-hout", "marcelis-boereboom"]


def test_anonymous_participants_are_not_names(summarise):
    s = summarise("Een deelnemer vraagt iets. Een andere deelnemer zegt dat het goed is.\n")
    assert s.speakers == [] and s.people_mentioned == []


HANDELINGEN = """# Debat

De voorzitter:
Ik geef het woord aan de heer Van der Staaij.

De heer Van der Staaij (SGP):
Voorzitter. Mijn collega Rik Grashoff zei het al.

Minister De Jonge:
Dank aan de heer Van der Staaij.

De heer Van der Staaij (SGP):
Dank u wel.
"""


def test_transcript_turns_roles_and_parties(summarise):
    s = summarise(HANDELINGEN)
    by_name = {p.name: p for p in s.speakers}
    assert set(by_name) == {"Voorzitter", "Van der Staaij", "De Jonge"}
    staaij = by_name["Van der Staaij"]
    assert (staaij.turns, staaij.words, staaij.organisation) == (2, 11, "sgp")
    assert "De heer Van der Staaij" in staaij.aliases
    assert by_name["De Jonge"].role == "minister"
    assert by_name["Voorzitter"].role == "voorzitter"
    assert staaij.mentions == 2  # named twice in the text, besides his own headers
    assert [p.name for p in s.people_mentioned] == ["Rik Grashoff"]
    assert "sgp" in {o.id for o in s.organisations}


MINUTES = """---
title: Notulen bestuursvergadering 3 maart 2021
---

Aanwezig: Thomas, Hidde (voorzitter), Sander Vink (penningmeester) en Jaco.
Afwezig: Arjan

## Begroting

Sander: de begroting is klaar.
Hidde vertelt dat de ALV in november is.
"""


def test_minutes_attendees_roles_and_absent(summarise):
    s = summarise(MINUTES, name="notulen.md")
    by_name = {p.name: p for p in s.speakers}
    assert list(by_name) == ["Thomas", "Hidde", "Sander Vink", "Jaco"]
    assert by_name["Hidde"].role == "voorzitter"
    assert by_name["Sander Vink"].role == "penningmeester"
    assert by_name["Sander Vink"].aliases == ["Sander"]
    assert [p.name for p in s.people_mentioned] == ["Arjan"]


def test_plain_transcript_with_upper_case_names(summarise):
    s = summarise(
        "JAN DE VRIES: Goedemorgen allemaal.\nPIET: Goedemorgen.\nJAN DE VRIES: We "
        "beginnen.\nPIET: Prima.\n"
    )
    assert [(p.name, p.turns) for p in s.speakers] == [("Jan de Vries", 2), ("Piet", 2)]


def test_initials_are_an_alias_not_an_organisation(summarise):
    s = summarise(
        "Aanwezig: Peter-Paul Koch, Arjan Eising\n\nPPK vraagt of het kan. Arjan zegt ja.\n",
        name="n.md",
    )
    ppk = s.speakers[0]
    assert (ppk.name, ppk.aliases, ppk.mentions) == ("Peter-Paul Koch", ["PPK"], 2)
    assert s.organisations == []


REPORT_PRESENTERS = """# Verslag van de meetup

De dag begon met een opening door Anna Bakker (portfoliomanager bij Kadaster) en Kees Smit.
Daarna presenteerde niemand iets. Piet de Vries (Logius) presenteerde de nieuwe regels.

### Joost en Marieke: een live demo

**Willem Jansen**, die ons meenam in de geschiedenis.
Volgens het boek van Ria Jansen is dat zo.
"""


def test_report_presenters_with_function_and_chained_names(summarise):
    s = summarise(REPORT_PRESENTERS, name="verslag.md")
    by_name = {p.name: p for p in s.speakers}
    assert {
        "Anna Bakker",
        "Kees Smit",
        "Piet de Vries",
        "Joost",
        "Marieke",
        "Willem Jansen",
    } <= set(by_name)
    assert by_name["Anna Bakker"].role == "portfoliomanager"
    assert by_name["Anna Bakker"].organisation == "kadaster"
    assert "Ria Jansen" in {p.name for p in s.people_mentioned}


REPORT_CUES = """# Verslag van de meetup

Karel Appel (Rijkswaterstaat) is al jaren bezig met datadelen.
Na de koffie gingen we de diepte in met Karel Appel, Jan Steen en Sanne Bakker.
Met dank aan Piet Mondriaan voor de organisatie. Het boek van Willem Kloos ligt klaar.
"""


def test_report_cues_make_participants_and_an_earlier_mention_gives_the_organisation(summarise):
    s = summarise(REPORT_CUES, name="verslag.md")
    by_name = {p.name: p for p in s.speakers}
    assert {"Karel Appel", "Jan Steen", "Sanne Bakker", "Piet Mondriaan"} <= set(by_name)
    assert by_name["Karel Appel"].organisation == "rijkswaterstaat"
    assert "Willem Kloos" in {p.name for p in s.people_mentioned}


def test_report_organisation_before_the_verb_and_on_behalf_from_the_gazetteer(summarise):
    s = summarise(
        "# Verslag\n\nVan ons eigen developer.overheid.nl-team betraden Dimitri van Hees en "
        "Tom Ootes het podium.\nOok Linda van den Brink van Geonovum vertelde over API's.\n",
        name="verslag.md",
    )
    by_name = {p.name: p.organisation for p in s.speakers}
    assert by_name["Dimitri van Hees"] == by_name["Tom Ootes"] == "developer-overheid"
    assert by_name["Linda van den Brink"] == "geonovum"


def test_report_chain_of_names_before_the_verb(summarise):
    s = summarise(
        "# Verslag\n\nDaarna betraden Karel Appel, Jan Steen (Kadaster) en Sanne Bakker het "
        "podium.\nPiet Mondriaan, Willem Kloos (Logius) en Anna Bakker lieten zien hoe het "
        "werkt.\nHet boek van Ria Jansen ligt klaar.\n",
        name="verslag.md",
    )
    by_name = {p.name: p.organisation for p in s.speakers}
    assert {"Karel Appel", "Jan Steen", "Sanne Bakker", "Piet Mondriaan", "Anna Bakker"} <= set(
        by_name
    )
    assert by_name["Willem Kloos"] == "logius"
    assert "Ria Jansen" in {p.name for p in s.people_mentioned}


def test_phrases_the_text_also_writes_in_lower_case_or_camel_case_are_no_people(summarise):
    s = summarise(
        "# Verslag\n\nFederatieve Toegang presenteerde. Het ging over federatieve toegang.\n"
        "Daarna vertelde Karel Appel over PubSub. PubSub zegt veel. Websub vertelt, WebSub ook.\n",
        name="verslag.md",
    )
    names = {p.name for p in s.speakers} | {p.name for p in s.people_mentioned}
    assert "Karel Appel" in names
    assert not names & {"Federatieve Toegang", "PubSub", "Websub", "WebSub"}


def test_report_organisation_in_an_apposition_or_between_name_and_verb(summarise):
    s = summarise(
        "# Verslag\n\nRoos de Groot, portfoliomanager bij Digilab, opende de dag.\n"
        "Anna Bakker, werkzaam bij het Kadaster, presenteerde de kaart.\n"
        "Jan Steen van Kaartbouwers gaf een demo.\nKees Smit van Sensorup.\nHij vertelde.\n",
        name="verslag.md",
    )
    by_name = {p.name: p for p in s.speakers}
    assert by_name["Roos de Groot"].organisation == "digilab"
    assert by_name["Roos de Groot"].role == "portfoliomanager"
    assert by_name["Anna Bakker"].organisation == "kadaster"
    assert by_name["Jan Steen"].organisation == "kaartbouwers"
    assert not any("\n" in o.name for o in s.organisations)


def test_report_verbs_make_participants_only_in_reports(summarise):
    text = "Niels Bakker en Sander Smit werkten aan de linter. Ria Jansen verscheen niet.\n"
    report = summarise("# Verslag van de codesprint\n\n" + text, name="verslag.md")
    assert {p.name for p in report.speakers} == {"Niels Bakker", "Sander Smit"}
    minutes = summarise("Aanwezig: Kees Smit, Anna de Vries\n\n" + text, name="notulen.md")
    assert "Niels Bakker" not in {p.name for p in minutes.speakers}


def test_report_colleague_of_an_organisation(summarise):
    s = summarise(
        "# Verslag\n\nGeonovum-collega Linda van den Brink vertelde over de standaard.\n",
        name="verslag.md",
    )
    assert {p.name: p.organisation for p in s.speakers} == {"Linda van den Brink": "geonovum"}


def test_report_heading_naming_a_person_is_a_talk(summarise):
    s = summarise(
        "# Verslag\n\n## Marc van Andel – Federatieve toegang\n\nHij liet het zien.\n\n"
        "## Keynote: Jasper Schut\n\nTekst. Het boek van Ria Jansen ligt klaar.\n",
        name="verslag.md",
    )
    assert {"Marc van Andel", "Jasper Schut"} <= {p.name for p in s.speakers}
    assert "Ria Jansen" in {p.name for p in s.people_mentioned}


def test_first_name_two_attendees_share_is_nobodys_alias(summarise):
    s = summarise(
        "Aanwezig: Maarten de Vries, Maarten Smit, Sanne Bakker\n\nMaarten zegt dat het kan.\n",
        name="n.md",
    )
    assert [p.name for p in s.speakers] == ["Maarten de Vries", "Maarten Smit", "Sanne Bakker"]
    assert all("Maarten" not in p.aliases for p in s.speakers)


def test_common_word_alias_is_not_the_ministry(summarise):
    s = summarise("## Financiën\n\nDe financiën zijn op orde, zegt Sanne Bakker.\n", name="n.md")
    assert "fin" not in {o.id for o in s.organisations}


def test_transcript_of_one_turn_keeps_its_speaker(summarise):
    s = summarise("De heer Jansen (CDA):\nIk vind dat we dit moeten doen. Dank u wel.\n")
    assert [(p.name, p.turns, p.organisation) for p in s.speakers] == [("Jansen", 1, "cda")]


def test_people_on_behalf_of_an_organisation_in_a_report(summarise):
    s = summarise(
        "# Verslag\n\nNamens Kadaster waren Anna Bakker en Kees Smit aanwezig op de dag.\n",
        name="verslag.md",
    )
    assert {(p.name, p.organisation) for p in s.speakers} == {
        ("Anna Bakker", "kadaster"),
        ("Kees Smit", "kadaster"),
    }


def test_initials_in_parentheses_are_no_dangling_organisation(summarise):
    s = summarise(
        "Aanwezig: Peter-Paul Koch (PPK), Arjan Eising\n\nPPK vraagt iets.\n", name="n.md"
    )
    ids = {o.id for o in s.organisations}
    assert all(p.organisation is None or p.organisation in ids for p in s.speakers)
    assert s.speakers[0].organisation is None and "ppk" not in ids


def test_report_function_apposition_gives_the_organisation_across_a_wrapped_line(summarise):
    text = (
        "# Verslag kennissessie\n\n"
        "'We bouwen dit samen,' vertelt Sanne Verhoef, architect bij het\n"
        "Kadaster. Daarna presenteerde Sanne Verhoef de resultaten.\n"
    )
    s = summarise(text, name="verslag.md")
    by_name = {p.name: p for p in s.speakers}
    assert by_name["Sanne Verhoef"].organisation == "kadaster"


def test_speakers_leave_the_index_and_return_what_they_found(tmp_path):
    """speakers() only reads the organisations index; the conductor merges its findings."""
    from sessietool.api import Options, parse, prepare
    from sessietool.extract.context import SessionDoc
    from sessietool.extract.organisations import organisations
    from sessietool.extract.speakers import speakers

    path = tmp_path / "n.md"
    path.write_text("# Notulen\n\nAanwezig: Piet Jansen (Buurtwerk Noord), Els de Wit "
                    "(Kadaster)\n\nPiet opent de vergadering.\n", encoding="utf-8")
    options = Options(model="blank:nl")
    prepared = prepare(path, options=options)
    session = SessionDoc(parse(options.pipeline(), prepared), prepared.transcript,
                         options.language(), path=prepared.path, text=prepared.text)
    index = organisations(session)
    before = [o.model_dump() for o in index.organisations()]
    people, _mentioned, found = speakers(session, index)
    assert [o.model_dump() for o in index.organisations()] == before
    assert found.names == [("add", "Buurtwerk Noord", 3)]
    index.merge(found)
    assert [o.id for o in index.organisations()] == ["kadaster", "buurtwerk-noord"]
    assert {p.name: p.organisation for p in people} == {
        "Piet Jansen": "buurtwerk-noord", "Els de Wit": "kadaster"}


def test_a_member_list_department_does_not_override_the_attendance_list(summarise):
    s = summarise(
        "# Technisch Overleg\n\n| Leden | Departement | Leden | Departement |\n|---|---|---|---|\n"
        "| Anna Bakker | Kadaster Team Geo | Kees Smit | RDW |\n\n"
        "Aanwezig: Anna Bakker (Logius), Piet de Vries (UWV)\n\n## 1. Opening\n\nWelkom.\n",
        name="to.md",
    )
    people = {p.name: p for p in s.speakers}
    assert set(people) == {"Anna Bakker", "Piet de Vries"}  # Kees Smit was a member, not there
    assert people["Anna Bakker"].organisation == "logius"


def test_the_attendance_organisation_wins_over_the_member_table(summarise):
    s = summarise(
        "# Verslag Technisch Overleg\n\n## Leden Departement Leden Departement\n\n"
        "## Anna Bakker Kadaster Kees de Smit RDW\n\n"
        "Aanwezig: Anna Bakker (Logius), Kees de Smit (RDW)\n\n## 1. Opening\n\nWelkom.\n"
    )
    by_name = {p.name: p.organisation for p in s.speakers}
    assert by_name == {"Anna Bakker": "logius", "Kees de Smit": "rdw"}


def test_colleagues_of_the_writer_belong_to_its_organisation(summarise):
    s = summarise(
        "# Terugblik\n\nOp woensdag organiseerden wij de tweede editie van onze Geonovum Meetup. "
        "Onze collega's Jan Jansen en Piet de Vries openden de middag. Daarna vertelde Karel "
        "Smit over zijn werk.\n"
    )
    by_name = {p.name: p.organisation for p in s.speakers}
    assert by_name["Jan Jansen"] == "geonovum" and by_name["Piet de Vries"] == "geonovum"
    assert by_name.get("Karel Smit") is None


def test_colleagues_without_a_known_own_organisation_get_none(summarise):
    s = summarise("# Terugblik\n\nOnze collega Jan Jansen opende de middag.\n")
    assert [(p.name, p.organisation) for p in s.speakers] == [("Jan Jansen", None)]


EVENT_REPORT = """# Terugblik: Open Data Meetup

Na een kort welkom door dagvoorzitter Sanne Willems nam Joris Hendriks (Kadaster) het woord.
Ruben Kok, architect bij het RIVM, liet zien hoe sensordata worden ontsloten.

Het panel bestond uit Mark de Groot (VNG), Ilse Vermeulen (Logius) en Thijs Bos. Onder leiding
van moderator Hanna Peeters ging het panel in op de vraag hoe we data beter delen.

Met bijdragen van Daan Smits (Kennisnet) en Noor Hermans.
Lotte Visser (RIVM) en Bram Mulder (Logius) leidden een workshop.

Volgens Bart Ramaker is dat een goed idee.
"""


def test_report_panels_contributions_and_roles_before_names(summarise):
    s = summarise(EVENT_REPORT)
    by_name = {p.name: p for p in s.speakers}
    assert set(by_name) == {
        "Sanne Willems",
        "Joris Hendriks",
        "Ruben Kok",
        "Mark de Groot",
        "Ilse Vermeulen",
        "Thijs Bos",
        "Hanna Peeters",
        "Daan Smits",
        "Noor Hermans",
        "Lotte Visser",
        "Bram Mulder",
    }
    assert by_name["Sanne Willems"].role == "dagvoorzitter"
    assert by_name["Hanna Peeters"].role == "moderator"
    assert (by_name["Ruben Kok"].role, by_name["Ruben Kok"].organisation) == ("architect", "rivm")
    assert by_name["Daan Smits"].organisation == "kennisnet"
    assert [p.name for p in s.people_mentioned] == ["Bart Ramaker"]


PROGRAMME_REPORT = """# Verslag kennissessie datadelen

## Sprekers
- Lotte Visser (Rijkswaterstaat)
- Bram Mulder, TNO

## Inhoud

Lotte liet zien hoe de waterdata worden gedeeld.
Namens Geonovum waren Frank Terpstra en Linda van den Brink aanwezig.
Volgens Karel Doorman is dat nodig.
"""


def test_a_programme_list_takes_part_and_keeps_the_report_rules(summarise):
    s = summarise(PROGRAMME_REPORT)
    by_name = {p.name: p.organisation for p in s.speakers}
    assert by_name == {
        "Lotte Visser": "rijkswaterstaat",
        "Bram Mulder": "tno",
        "Frank Terpstra": "geonovum",
        "Linda van den Brink": "geonovum",
    }
    assert [p.name for p in s.people_mentioned] == ["Karel Doorman"]


MARKERS = """# Verslag

Aanwezig: Eelco Hotting (VNG), Edwin Wisse (Logius)

## 1. Issues
@ehotting vraagt of de review af is. @kdeboer merkt op dat het nog loopt.
<opmerking Mirjam Jansen> Dit moet nog worden uitgezocht.
"""


def test_remark_markers_and_handles_take_part(summarise):
    s = summarise(MARKERS)
    by_name = {p.name: p for p in s.speakers}
    assert set(by_name) == {"Eelco Hotting", "Edwin Wisse", "@kdeboer", "Mirjam Jansen"}
    assert "@ehotting" in by_name["Eelco Hotting"].aliases


def test_attendance_organisations_named_after_people(summarise):
    s = summarise(
        "# Verslag\n\nAanwezig:\n- Kees Smit (Johan Cruijff Foundation)\n"
        "- Jan Jansen (Ernst & Young)\n\n## 1. Opening\nKees opent.\n"
    )
    orgs = {o.id: o.name for o in s.organisations}
    assert {p.name: orgs.get(p.organisation) for p in s.speakers} == {
        "Kees Smit": "Johan Cruijff Foundation",
        "Jan Jansen": "Ernst & Young",
    }


def test_report_apposition_with_a_description_only(summarise):
    s = summarise(
        "# Terugblik codesprint\n\nHenk, maintainer van de linter, vertelde over de plannen. "
        "Willemijn, die eerder aan de standaard schreef, gaf een toelichting. Volgens Gerard "
        "werkt het nog niet.\n"
    )
    assert {p.name: p.role for p in s.speakers} == {
        "Henk": "maintainer van de linter",
        "Willemijn": None,
    }
    assert [p.name for p in s.people_mentioned] == ["Gerard"]


def test_function_then_known_organisation_in_a_wrapped_parenthesis(summarise):
    text = (
        "# Terugblik\n\n'Het werkt goed', zegt Sanne Willems (beleids\nadviseur Kadaster). "
        "'We gaan door', vertelt Merel de Wit (senior\narchitect Zorgbureau Oost).\n"
    )
    s = summarise(text, name="terugblik.md")
    by_name = {p.name: p for p in s.speakers}
    assert by_name["Sanne Willems"].organisation == "kadaster"
    assert by_name["Sanne Willems"].role == "beleids adviseur"
    assert by_name["Merel de Wit"].organisation is None  # unknown to the gazetteer: no guess


def test_a_noun_opening_the_line_is_no_part_of_the_name_after_it():
    from sessietool.extract.speakers import _common_lead
    from sessietool.extract.word_index import WordIndex

    firsts = {"Krijn", "Arjan", "Edwin"}
    text = "## Aftreden Krijn\n\n- Idee Arjan: prijs verhogen. Een goed voorstel van Edwin."
    index = WordIndex(text)
    assert _common_lead("Aftreden Krijn", firsts, index, True) == len("Aftreden ")
    assert _common_lead("Voorstel Edwin", firsts, index, False) == len("Voorstel ")  # "voorstel"
    assert _common_lead("Zwaan Arjan", firsts, index, False) == 0  # mid-line, never lower case
    assert _common_lead("Edwin Martin", firsts, index, True) == 0


def test_an_attendee_standing_in_for_someone_keeps_the_organisation(summarise):
    s = summarise(
        "Aanwezig: Anna Bakker (Belastingdienst i.p.v. Kees Smit), Piet de Vries (UWV)\n\n"
        "## 1. Opening\n\nWelkom.\n",
        name="notulen.md",
    )
    by_name = {p.name: p for p in s.speakers}
    assert by_name["Anna Bakker"].organisation == "belastingdienst"


def test_a_colleague_named_after_a_comma_takes_part_in_a_report(summarise):
    s = summarise(
        "# Verslag van de kennissessie\n\nWij organiseerden een kennissessie over open data. "
        "Een andere collega, Pieter Smit, was er ook bij.\n",
        name="verslag.md",
    )
    assert "Pieter Smit" in [p.name for p in s.speakers]


def test_report_participants_behind_an_office_or_a_body_of_lower_case_kind(summarise):
    text = (
        "# Verslag kennissessie\n\n"
        "Na een welkomstwoord van dagvoorzitter Marloes Bakker trapte wethouder Henk Jonkers af"
        " met een schets van de ambities. Fatima Bakir van woningcorporatie De Woonbron"
        " liet zien hoe huurders meedoen. Later vraagt men naar Karel Visser.\n"
    )
    s = summarise(text, name="verslag.md")
    found = {p.name: p.role for p in s.speakers}
    assert found.get("Marloes Bakker") == "dagvoorzitter"
    assert found.get("Henk Jonkers") == "wethouder"
    assert "Fatima Bakir" in found
    assert "Karel Visser" not in found  # asked about, not taking part


MR_MINUTES = """# Notulen medezeggenschapsraad

Aanwezig:
- Ilse Verbruggen (oudergeleding)
- Ruben Aalders (leerkracht, OBS De Linde)
- Hatice Yilmaz (Stichting Kinderopvang Noord, pedagogisch medewerker)

Verhinderd: Gijs Lammers

## 1. Opening
Ilse opent de vergadering. De heer El Amrani vraagt naar de begroting.
"""


def test_attendee_brackets_with_a_function_and_an_organisation(summarise):
    s = summarise(MR_MINUTES, name="mr.md")
    by_name = {p.name: p for p in s.speakers}
    assert by_name["Ilse Verbruggen"].role == "oudergeleding"
    assert by_name["Ruben Aalders"].role == "leerkracht"
    assert by_name["Ruben Aalders"].organisation == "obs-de-linde"
    assert by_name["Hatice Yilmaz"].role == "pedagogisch medewerker"
    assert by_name["Hatice Yilmaz"].organisation == "stichting-kinderopvang-noord"
    assert [p.name for p in s.people_mentioned] == ["Gijs Lammers"]


BOARD_MINUTES = """# Notulen cliëntenraad

Aanwezig: Gerda Hofstra (voorzitter), Tom Aalbers (OG), Hans Kroeze (locatiemanager)
Afwezig: Rik Mol

## 1. Rondvraag
- **Mieke Janssen** (lid): kan de tuin eerder open?
- Tom: dat vraag ik na.
"""


def test_bold_discussion_lines_and_roles_in_brackets(summarise):
    s = summarise(BOARD_MINUTES, name="cr.md")
    roles = {p.name: p.role for p in s.speakers}
    assert roles == {
        "Gerda Hofstra": "voorzitter",
        "Tom Aalbers": "oudergeleding",
        "Hans Kroeze": "locatiemanager",
        "Mieke Janssen": "lid",
    }
    assert [p.name for p in s.people_mentioned] == ["Rik Mol"]


def test_surnames_after_a_form_of_address_speak_even_once(summarise):
    s = summarise(
        "# Verslag wijkoverleg\n\nMevrouw Kuipers vraagt naar de bankjes. Wethouder Van Loon "
        "antwoordt dat ze besteld zijn. De heer De Graaf-Smit merkt op dat het park vies is.\n",
        name="wijk.md",
    )
    assert {p.name: p.role for p in s.speakers} == {
        "Kuipers": None,
        "Van Loon": "wethouder",
        "De Graaf-Smit": None,
    }
