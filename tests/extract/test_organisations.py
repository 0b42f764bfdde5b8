"""Organisations: one canonical entry per organisation, from the gazetteer and the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessietool.api import Options


def test_forms_of_one_ministry_are_one_entry(summarise):
    s = summarise(
        "OCW betaalt. Het ministerie van OCW zegt het. Ook Ministerie van Onderwijs, "
        "Cultuur en Wetenschap schrijft.\n"
    )
    assert [o.id for o in s.organisations] == ["ocw"]
    ocw = s.organisations[0]
    assert ocw.name == "Ministerie van Onderwijs, Cultuur en Wetenschap"
    assert ocw.kind == "ministerie"
    assert ocw.mentions == 3
    assert "OCW" in ocw.aliases and "ministerie van OCW" in ocw.aliases


def test_acronym_defined_in_text_is_an_alias(summarise):
    s = summarise("De Vereniging Hogescholen (VH) en de PO-Raad overleggen. VH is tevreden.\n")
    vh = next(o for o in s.organisations if o.id == "vereniging-hogescholen")
    assert "VH" in vh.aliases
    assert {o.id for o in s.organisations} == {"vereniging-hogescholen", "po-raad"}


def test_parties_in_turn_headers(summarise):
    s = summarise("Mevrouw Kröger (GroenLinks):\nDank u.\n\nDe heer Kops (PVV):\nJa.\n")
    assert [o.id for o in s.organisations] == ["groenlinks", "pvv"]
    assert {o.kind for o in s.organisations} == {"partij"}


def test_generic_words_are_not_organisations(summarise):
    s = summarise("De sectorraden en de overheid praten met de partnerschappen.\n")
    assert s.organisations == []


def test_user_gazetteer_adds_organisations(summarise, tmp_path: Path):
    gaz = tmp_path / "orgs.yaml"
    gaz.write_text(
        "organisations:\n  - {id: acme, name: Acme Onderwijs, kind: bedrijf, aliases: [ACME]}\n",
        encoding="utf-8",
    )
    s = summarise(
        "ACME levert de boeken.\n", options=Options(model="blank:nl", gazetteers=(str(gaz),))
    )
    assert [(o.id, o.name, o.kind) for o in s.organisations] == [
        ("acme", "Acme Onderwijs", "bedrijf")
    ]


def test_debris_people_and_things_are_not_organisations():
    from sessietool.extract.organisations import _plausible
    from sessietool.language import load_language_data

    lang = load_language_data()
    for form in [
        "Lizzy.wellink@logius.nl",
        "Enable-U)(i.v.m",
        "N.a.v",
        "H.vM",
        "Dennis/Frank",
        "Ron Rozendaal",
        "OGC API",
        "Staatssecretaris Alexandra",
        "Ministerie van",
        "Roadmap 2024-2025",
        "Zelfstandig",
        "A4",
        "Q3",
        "AP42 Integriteit",
        "API-53",
        "IIb",
    ]:
        assert not _plausible(form, lang), form
    for form in ["Kennisplatform APIs", "Maykin Media", "Gemeente Breda", "Enable-U", "W3C", "IVO"]:
        assert _plausible(form, lang), form


def test_a_hyphen_or_a_space_writes_one_organisation(summarise):
    s = summarise("Aanwezig: Anna Bakker (Enable-U), Kees Smit (Enable U)\n\nWelkom.\n")
    assert [o.name for o in s.organisations] == ["Enable-U"]
    assert {p.organisation for p in s.speakers} == {"enable-u"}


def test_a_name_joined_to_a_common_noun_is_a_compound_not_an_organisation():
    from sessietool.extract.organisations import _name_compound

    names, common = {"fronteers", "twitter", "water"}, {"werk", "gebruik", "net", "water"}
    assert _name_compound("Fronteerswerk", names, common)
    assert _name_compound("Twittergebruik", names, common)
    assert not _name_compound("Waternet", names - {"water"}, common)  # "water" is a word here
    assert not _name_compound("Enable-U", names, common)
    assert not _name_compound("Lost Boys", names, common)


def test_a_person_the_ner_took_into_an_organisation_is_cut_off():
    from sessietool.extract.organisations import _after_person
    from sessietool.language import load_language_data

    lang = load_language_data()
    for form, org in [
        ("Valerio Como van Developer Italia", "Developer Italia"),
        ("Jan de Vries bij het Kadaster", "Kadaster"),
        ("Ministerie van Financiën", "Ministerie van Financiën"),
        ("Kamer van Koophandel", "Kamer van Koophandel"),
        ("Verslag Overleg van Logius", "Verslag Overleg van Logius"),
    ]:
        assert form[_after_person(form, lang) :] == org, form


def _entity(text: str, whole: str, label: str):
    from sessietool.nlp.features import Entity

    start = whole.index(text)
    return Entity(start, start + len(text), label, "", text, "PROPN", text.split()[0], 1)


def test_a_name_after_bij_that_the_ner_took_for_a_person_is_an_organisation():
    from types import SimpleNamespace

    from sessietool.extract.organisations import _cued_bodies
    from sessietool.language import load_language_data

    text = "De meetup was bij Grote Vissen en de borrel bij Merel Bakker. We zaten bij Parijs."
    ents = [
        _entity("Grote Vissen", text, "PER"),
        _entity("Merel Bakker", text, "PER"),
        _entity("Parijs", text, "LOC"),
    ]
    session = SimpleNamespace(
        text=text, language=load_language_data(), features=SimpleNamespace(entities=ents)
    )
    found = _cued_bodies(session, [], set(), set(), set())
    assert [f[2] for f in found] == ["Grote Vissen"]


def test_a_foundation_or_association_by_its_legal_form_is_an_organisation(summarise):
    s = summarise(
        "# Verslag bestuursvergadering Stichting Buurtkracht\n\nAanwezigen: Karin Dekker,"
        " Tom Verhoeven\n\nDe Vereniging Eigen Huis is uitgenodigd.\n",
        name="b.md",
    )
    names = {o.name for o in s.organisations}
    assert {"Stichting Buurtkracht", "Vereniging Eigen Huis"} <= names
    assert not any("Aanwezigen" in n for n in names)  # the name ends with its line
    assert "Stichting Buurtkracht" not in {p.name for p in s.people_mentioned}


def _lang():
    from sessietool.language import load_language_data

    return load_language_data()


def test_two_things_in_one_form_events_and_techniques_are_not_organisations():
    from sessietool.extract.organisations import _plausible

    lang = _lang()
    for form in ["Acmebouw; voorzitter ALV", "CSS Day", "Nationaal Congres", "Lente Conference",
                 "Oprichtings-ALV", "JavaScript", "IRC", "AVG", "MBO", "Code of Conduct"]:
        assert not _plausible(form, lang), form
    assert _plausible("Acmebouw", lang)


def test_a_name_with_a_version_number_is_a_standard():
    from sessietool.extract.organisations import _versioned

    text = "We volgen XYZ 2.0. Ook QQP v1.1 en DK versie 3 komen aan bod, net als Acme op 3 mei."
    assert _versioned(text, text.index("XYZ") + 3)
    assert _versioned(text, text.index("QQP") + 3)
    assert _versioned(text, text.index("DK") + 2)
    assert not _versioned(text, text.index("Acme") + 4)


def test_a_surname_after_a_first_name_and_particle_is_no_organisation():
    from sessietool.extract.organisations import _surname

    lang = _lang()
    text = "Wim van Dalen vraagt het. Kamer van Koophandel. Piet Jansen van Acmebouw komt."
    assert _surname(text, text.index("Dalen"), "Dalen", lang)
    assert not _surname(text, text.index("Koophandel"), "Koophandel", lang)
    assert not _surname(text, text.index("Acmebouw"), "Acmebouw", lang)


def test_a_word_of_a_full_name_alone_is_that_person():
    from types import SimpleNamespace

    from sessietool.extract.organisations import _person_parts

    text = "Kandidaat is Vasco van Wijland. Steve Mol van Pixelwerk presenteert."
    parts = _person_parts(SimpleNamespace(text=text, language=_lang()))
    assert {"Vasco", "Wijland"} <= parts
    assert "Pixelwerk" not in parts


def test_a_name_in_a_list_of_people_is_a_person():
    from sessietool.extract.organisations import _among_people

    lang = _lang()
    text = "De commissie: Quirine Zwaan, Merel Bakker en Kees Smit. Partners: Grote Vissen, Acme."
    start = text.index("Quirine")
    assert _among_people(text, start, start + len("Quirine Zwaan"), "Quirine Zwaan", lang)
    start = text.index("Grote")
    assert not _among_people(text, start, start + len("Grote Vissen"), "Grote Vissen", lang)


def test_a_one_word_place_after_bij_is_a_body_when_shaped_or_placed_as_one():
    from sessietool.extract.organisations import _not_a_place

    text = "De meetup is bij Kwakhuis in Gouda. Daarna bij Seats2Meet. We wonen in Zeewolde."
    assert _not_a_place("Kwakhuis", text, text.index("Kwakhuis") + 8)
    assert _not_a_place("Seats2Meet", text, text.index("Seats2Meet") + 10)
    assert not _not_a_place("Zeewolde", text, text.index("Zeewolde") + 8)


def test_sponsors_in_a_list_and_a_body_before_sponsort_are_organisations():
    from types import SimpleNamespace

    from sessietool.extract.organisations import _cued_bodies

    text = (
        "Het congres werd gesponsord door Grote Vissen, Blauwe Reiger en Pixelwerk. "
        "Zilvermeeuw sponsort de borrel. De lunch was bij Kwakhuis in Gouda. "
        "Merel Bakker, Kees Smit."
    )
    ents = [
        _entity("Grote Vissen", text, "PER"),
        _entity("Blauwe Reiger", text, "PER"),
        _entity("Pixelwerk", text, "MISC"),
        _entity("Zilvermeeuw", text, "PER"),
        _entity("Kwakhuis", text, "LOC"),
        _entity("Gouda", text, "LOC"),
        _entity("Merel Bakker", text, "PER"),
        _entity("Kees Smit", text, "PER"),
    ]
    session = SimpleNamespace(
        text=text, language=_lang(), features=SimpleNamespace(entities=ents)
    )
    found = [f[2] for f in _cued_bodies(session, [], set(), set(), set())]
    assert found == ["Grote Vissen", "Blauwe Reiger", "Pixelwerk", "Zilvermeeuw", "Kwakhuis"]


def test_a_name_before_a_legal_form_is_a_company_known_by_both_forms(summarise):
    s = summarise("Locatie: ten kantore van Pixelwerk B.V. in Delft.\n\nWelkom.\n")
    org = next(o for o in s.organisations if o.name.startswith("Pixelwerk"))
    assert "Pixelwerk" in {org.name, *org.aliases} and org.name != "Pixelwerk"


def test_an_entry_named_only_in_person_shapes_is_pruned():
    from sessietool.extract.organisations import _Registry

    reg = _Registry(_lang())
    person = reg.add("Dalen", 1, (0, 5))
    body = reg.add("Acmebouw", 2, (10, 18))
    reg.person_like[person] = 1
    reg.index.prune(set())
    assert [o.id for o in reg.index.organisations()] == [body]


def test_an_attendee_note_after_a_semicolon_is_left_off_the_organisation(summarise):
    s = summarise(
        "Aanwezig: Anna Bakker (Pixelwerk; na de lunch), Kees Smit (Enable-U)\n\nWelkom.\n"
    )
    assert [o.name for o in s.organisations] == ["Pixelwerk", "Enable-U"]
    assert {p.name: p.organisation for p in s.speakers}["Anna Bakker"] == "pixelwerk"


def test_a_capitalised_web_address_after_bij_is_a_company():
    from types import SimpleNamespace

    from sessietool.extract.organisations import _cued_domain

    text = "Vergadering gehouden bij Pixelwerk.nl in Delft. Zie op Nieuws.nl en fronteers.nl."
    session = SimpleNamespace(text=text, language=_lang())
    assert _cued_domain(session, text.index("Pixelwerk.nl"), "Pixelwerk.nl")
    assert not _cued_domain(session, text.index("Nieuws.nl"), "Nieuws.nl")


def test_a_one_word_place_where_the_text_meets_twice_is_a_body():
    from sessietool.extract.organisations import _not_a_place

    text = "Bijeenkomst bij Kwakhuis. Daarna weer bij Kwakhuis. Eenmaal bij Zeewolde."
    assert _not_a_place("Kwakhuis", text, text.index("Kwakhuis") + 8)
    assert not _not_a_place("Zeewolde", text, text.index("Zeewolde") + 8)


def test_a_phrase_opened_by_a_technique_or_naming_a_protocol_is_no_body():
    from sessietool.extract.organisations import _plausible

    lang = _lang()
    for form in ["API Strategie", "API-Portal", "REST Richtlijnen", "SOAP", "MQTT", "ADR"]:
        assert not _plausible(form, lang), form
    assert _plausible("API Kennisplatform", lang)
    assert _plausible("API-Kennisplatform", lang)


def test_two_first_names_file_names_and_status_codes_are_not_organisations():
    from sessietool.extract.organisations import _plausible

    lang = _lang()
    for form in ["Kees & Merel", "Werkgroep%20API", "Notulen_2023.md", "Acme_Bouw", "4XX",
                 "Intentie Overeenkomst", "TBD"]:
        assert not _plausible(form, lang), form
    assert _plausible("Ernst & Young", lang)


def test_a_full_name_of_someone_from_a_known_body_makes_its_first_name_a_person():
    from types import SimpleNamespace

    from sessietool.extract.organisations import _person_parts

    text = "Het stuk is van Quirine Zwaagstra van Logius. Later belt Quirine terug."
    parts = _person_parts(SimpleNamespace(text=text, language=_lang()))
    assert {"Quirine", "Zwaagstra"} <= parts and "Logius" not in parts


def test_a_place_word_after_bij_followed_by_op_a_place_is_a_venue_company():
    from sessietool.extract.organisations import _not_a_place

    text = "De ALV is op 7 december bij Zaalverhuur op Amsterdam CS."
    assert _not_a_place("Zaalverhuur", text, text.index("Zaalverhuur") + len("Zaalverhuur"))


def test_a_name_after_a_job_at_cue_is_an_organisation():
    from types import SimpleNamespace

    from sessietool.extract.organisations import _cued_bodies

    text = "De jurist van Rechtwijzer keek mee; een collega van Merel Bakker ook."
    ents = [_entity("Rechtwijzer", text, "MISC"), _entity("Merel Bakker", text, "PER")]
    session = SimpleNamespace(text=text, language=_lang(), features=SimpleNamespace(entities=ents))
    assert [f[2] for f in _cued_bodies(session, [], set(), set(), set())] == ["Rechtwijzer"]


@pytest.mark.slow
def test_a_body_named_by_its_kind_keeps_its_bare_name_as_alias():
    from sessietool.api import extract_text

    s = extract_text(
        "# Terugblik werkconferentie\n\n- 15.30 uur Panel met Ayşe Demir (GGD regio Utrecht) en"
        " Bart Smit (schoolbestuur Trivium)\n\nBart Smit vertelde dat Trivium volgend jaar start"
        " met een pilot. Fatima Bakir van woningcorporatie De Woonbron liet zien hoe het werkt.\n",
        name="v.md",
    )
    by_name = {o.name: o for o in s.organisations}
    assert "Trivium" in by_name["Schoolbestuur Trivium"].aliases
    assert "Trivium" not in by_name
    assert "Woningcorporatie De Woonbron" in by_name


def test_a_party_in_a_turn_header_that_looks_like_a_code_is_the_gazetteer_party(summarise):
    s = summarise(
        "Mevrouw Schouten (D66):\nWij steunen de nota.\n\nDe heer Van der Meer (VVD):\nIk niet.\n",
        name="raad.txt",
    )
    found = {p.name: p.organisation for p in s.speakers}
    assert found == {"Schouten": "d66", "Van der Meer": "vvd"}
