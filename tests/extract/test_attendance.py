"""Attendee lists: labels in table cells, one person a line, organisations after names."""

from __future__ import annotations

import pytest

from sessietool.extract.attendance import attendees
from sessietool.language import load_language_data
from sessietool.transcript import Segment


def _seg(text: str, kind: str = "text") -> Segment:
    return Segment(text=text, line_map=((0, 1),), kind=kind)


@pytest.fixture(scope="module")
def lang():
    return load_language_data()


def test_labels_in_table_cells_without_colon(lang):
    row = _seg(
        "vergaderdatum 4-9-2017 | aanwezig Anna Bakker, Kees Smit | Notulist Kees Smit", "list_item"
    )
    found = attendees([row], lang)
    assert [(a.text, a.role) for a in found] == [
        ("Anna Bakker", None),
        ("Kees Smit", None),
        ("Kees Smit", "notulist"),
    ]


def test_one_person_a_line_with_organisation_after_a_comma(lang):
    segs = [
        _seg("Datum 3 maart Aanwezig Anna Bakker, Kadaster (vz) Kees Smit, RDW"),
        _seg("Piet de Vries, UWV", "heading"),
        _seg("1. Opening", "heading"),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (Kadaster)(vz)",
        "Kees Smit (RDW)",
        "Piet de Vries (UWV)",
    ]


def test_one_organisation_after_several_names(lang):
    segs = [
        _seg("Aanwezig", "heading"),
        _seg(
            "Publieke sector, op volgorde van organisatie:\n"
            "Anna Bakker en Kees Smit (Kadaster), Piet de Vries (UWV)"
        ),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (Kadaster)",
        "Kees Smit (Kadaster)",
        "Piet de Vries (UWV)",
    ]


def test_a_list_of_names_is_not_read_as_name_and_organisation(lang):
    found = attendees([_seg("Aanwezig: Dennis Passage, Stas Mironov, Anna Bakker")], lang)
    assert [a.text for a in found] == ["Dennis Passage", "Stas Mironov", "Anna Bakker"]


def test_member_list_and_surname_first_rows(lang):
    segs = [
        _seg("Leden", "heading"),
        _seg("Bakker, Anna | Kadaster", "list_item"),
        _seg("Smit. Kees | RDW", "list_item"),
    ]
    found = attendees(segs, lang)
    assert [(a.text, a.member) for a in found] == [
        ("Anna Bakker (Kadaster)", True),
        ("Kees Smit (RDW)", True),
    ]


def test_heading_label_with_words_and_trailing_acronym(lang):
    segs = [
        _seg("Deelnemers aan het overleg", "heading"),
        _seg("Anna Bakker FDS", "list_item"),
        _seg("Kees Smit (RDW)", "list_item"),
    ]
    assert [a.text for a in attendees(segs, lang)] == ["Anna Bakker (FDS)", "Kees Smit (RDW)"]


def test_two_name_organisation_pairs_on_one_line_are_split(lang):
    segs = [
        _seg("Aanwezig", "heading"),
        _seg("Anna Bakker RDW Kees de Smit VNG", "heading"),
        _seg("Piet de Vries Logius Productiehuis Jan Jansen UWV"),
        _seg("1. Opening", "heading"),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (RDW)",
        "Kees de Smit (VNG)",
        "Piet de Vries (Logius Productiehuis)",
        "Jan Jansen (UWV)",
    ]


def test_a_two_column_member_table_header_opens_the_list(lang):
    segs = [
        _seg("Leden Departement Leden Departement", "heading"),
        _seg("Anna Bakker RDW Kees de Smit VNG", "heading"),
        _seg("1. Opening", "heading"),
    ]
    found = attendees(segs, lang)
    assert [(a.text, a.member) for a in found] == [
        ("Anna Bakker (RDW)", True),
        ("Kees de Smit (VNG)", True),
    ]


def _row(cells: tuple[str, ...], header: tuple[str, ...], table: int = 0) -> Segment:
    return Segment(
        text=" | ".join(c for c in cells if c),
        line_map=((0, 1),),
        kind="list_item",
        cells=cells,
        header=header,
        table=table,
    )


def test_a_two_column_member_table_yields_each_person(lang):
    header = ("Leden", "Departement", "Leden", "Departement")
    segs = [
        _seg("Verslag van het overleg", "heading"),
        _row(("Jan Jansen", "Logius", "Piet Pietersen", "BZK"), header),
        _row(("Kees de Vries", "Kadaster", "", ""), header),
        _seg("De voorzitter opent het overleg."),  # the list ends (no name, no org heading)
    ]
    found = attendees(segs, lang)
    assert [(a.text, a.member) for a in found] == [
        ("Jan Jansen (Logius)", True),
        ("Piet Pietersen (BZK)", True),
        ("Kees de Vries (Kadaster)", True),
    ]
    assert found[1].offset == segs[1].text.index("Piet")


def test_a_two_column_attendance_table_after_a_label(lang):
    header = ("Naam", "Organisatie", "Naam", "Organisatie")
    segs = [
        _seg("Aanwezig:"),
        _row(("Jan Jansen", "Logius", "Anna Bos", "VNG"), header),
    ]
    found = attendees(segs, lang)
    assert [(a.text, a.member, a.absent) for a in found] == [
        ("Jan Jansen (Logius)", False, False),
        ("Anna Bos (VNG)", False, False),
    ]


def test_two_columns_in_plain_text_are_split_at_the_gap(lang):
    segs = [
        _seg(
            "Aanwezig:\nJan Jansen (Logius)      Piet Pietersen (BZK)\nKees de Vries     Anna Bos"
        ),
        _seg("Afwezig:\tMarco Visser\tSanne de Wit"),
    ]
    found = attendees(segs, lang)
    assert [(a.text, a.absent) for a in found] == [
        ("Jan Jansen (Logius)", False),
        ("Piet Pietersen (BZK)", False),
        ("Kees de Vries", False),
        ("Anna Bos", False),
        ("Marco Visser", True),
        ("Sanne de Wit", True),
    ]


def test_the_columns_header_wins_over_the_label_column(lang):
    header = ("Deelnemers", "Leden", "Departement", "Leden", "Departement")
    found = attendees([_row(("", "Jan Jansen", "Logius", "Anna Bos", "VNG"), header)], lang)
    assert [(a.text, a.member) for a in found] == [
        ("Jan Jansen (Logius)", True),
        ("Anna Bos (VNG)", True),
    ]


def _joined_row(cells: tuple[str, ...], header: tuple[str, ...]) -> Segment:
    """A row whose text keeps its empty cells (as the Markdown reader writes it)."""
    return Segment(
        text=" | ".join(cells),
        line_map=((0, 1),),
        kind="list_item",
        cells=cells,
        header=header,
        table=0,
    )


def test_a_table_with_surname_before_first_name_is_read_in_its_header_order(lang):
    header = ("Achternaam", "Voornaam", "Organisatie")
    segs = [
        _seg("Aanwezigen", "heading"),
        _joined_row(("De Boer", "Karl", "enable-u"), header),
        _joined_row(("Van der Plas", "Martin", "Logius"), header),
        _joined_row(("Welmer", "Han", ""), header),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Karl de Boer (Enable-u)",
        "Martin van der Plas (Logius)",
        "Han Welmer",
    ]


def test_a_table_with_first_name_first_keeps_that_order(lang):
    header = ("Voornaam", "Achternaam", "Organisatie")
    segs = [_seg("Aanwezig", "heading"), _joined_row(("Piet", "de Vries", "UWV"), header)]
    assert [a.text for a in attendees(segs, lang)] == ["Piet de Vries (UWV)"]


def test_member_pairs_split_where_no_word_marks_the_organisation(lang):
    segs = [
        _seg("Leden Departement Leden Departement", "heading"),
        _seg("Anna Bakker RDW Kees de Smit VNG", "heading"),
        _seg("Piet vder Woude Ecosys Jan Jansen Den Haag Karel Smit Lexdigitalis"),
        _seg("Verslag Technisch Overleg CloudEvents"),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (RDW)",
        "Kees de Smit (VNG)",
        "Piet vder Woude (Ecosys)",
        "Jan Jansen (Den Haag)",
        "Karel Smit (Lexdigitalis)",
    ]


def test_a_repeated_two_column_header_before_the_pairs_on_one_line(lang):
    segs = [_seg("Leden Departement Leden Departement Anna Bakker RDW Kees Smit Maykin media")]
    found = attendees(segs, lang)
    assert [(a.text, a.member) for a in found] == [
        ("Anna Bakker (RDW)", True),
        ("Kees Smit (Maykin media)", True),
    ]


def test_a_name_an_organisation_word_follows_is_not_split_before_it(lang):
    segs = [_seg("Aanwezig", "heading"), _seg("Gerald Groot Roessink DUO Peter Haasnoot Logius")]
    assert [a.text for a in attendees(segs, lang)] == [
        "Gerald Groot Roessink (DUO)",
        "Peter Haasnoot (Logius)",
    ]


def test_member_pairs_with_glued_initials_and_unknown_first_names(lang):
    segs = [
        _seg("Leden Departement Leden Departement", "heading"),
        _seg("A.Velthuis RDW Karel de Boer Enable-U", "heading"),
        _seg("Daan Buursen UWV Reeward Bouwsema Kvk", "heading"),
        _seg("Dennis Passage Logius Productiehuis Karel Smit RDW", "heading"),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "A.Velthuis (RDW)",
        "Karel de Boer (Enable-U)",
        "Daan Buursen (UWV)",
        "Reeward Bouwsema (Kvk)",
        "Dennis Passage (Logius Productiehuis)",
        "Karel Smit (RDW)",
    ]


def test_tab_between_name_and_organisation(lang):
    segs = [_seg("Aanwezig:"), _seg("Anna Bakker\tKadaster"), _seg("Kees Smit\tPiet de Vries")]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (Kadaster)",
        "Kees Smit",
        "Piet de Vries",
    ]


def test_spaced_dash_between_name_and_organisation(lang):
    segs = [
        _seg("Aanwezig: Pedro van den Elzen - Kamer van Koophandel, Anna Bakker – Kadaster (vz)"),
        _seg("Jan Jansen - Piet Pietersen", "list_item"),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Pedro van den Elzen (Kamer van Koophandel)",
        "Anna Bakker (Kadaster)(vz)",
    ]


def test_surname_comma_first_name_between_semicolons(lang):
    segs = [
        _seg("Aanwezig: Bakker, Anna (Kadaster); Vries, Piet de (UWV)\nAfwezig: Coemans, Maarten")
    ]
    assert [(a.text, a.absent) for a in attendees(segs, lang)] == [
        ("Anna Bakker (Kadaster)", False),
        ("Piet de Vries (UWV)", False),
        ("Maarten Coemans", True),
    ]
    plain = [_seg("Aanwezig: Anna Jansen, Piet, Kees Smit")]
    assert [a.text for a in attendees(plain, lang)] == ["Anna Jansen", "Piet", "Kees Smit"]


def test_organisation_heading_above_its_names(lang):
    segs = [
        _seg("Aanwezig:"),
        _seg("Logius:"),
        _seg("Anna Bakker", "list_item"),
        _seg("Kees Smit (vz)", "list_item"),
        _seg("Gemeente Utrecht:"),
        _seg("Piet de Vries", "list_item"),
        _seg("Externe partijen:"),
        _seg("Jan Jansen", "list_item"),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (Logius)",
        "Kees Smit (vz) (Logius)",
        "Piet de Vries (Gemeente Utrecht)",
        "Jan Jansen",
    ]
    headings = [
        _seg("Aanwezig", "heading"),
        _seg("Logius", "heading"),
        _seg("Anna Bakker", "list_item"),
        _seg("Agenda/Verslag", "heading"),  # a heading of the minutes ends the list
        _seg("Gebruik van Engels en Nederlands in de Designrules (ontwerpregels)", "list_item"),
    ]
    assert [a.text for a in attendees(headings, lang)] == ["Anna Bakker (Logius)"]


def test_organisations_named_after_people(lang):
    segs = [
        _seg("Aanwezig: Anna Bakker, Boer & Croon; Kees Smit, Hoogendoorn Advies; Theo & Genieke")
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (Boer & Croon)",
        "Kees Smit (Hoogendoorn Advies)",
        "Theo",
        "Genieke",
    ]


def test_pipe_between_name_and_organisation_in_a_text_line(lang):
    segs = [_seg("Aanwezig:"), _seg("Anna Bakker | Kadaster"), _seg("Jan Jansen | Piet Pietersen")]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (Kadaster)",
        "Jan Jansen",
        "Piet Pietersen",
    ]


def test_online_channels_label_the_people_who_joined_through_them(lang):
    segs = [
        _seg("Aanwezig: Anna Bakker (Kadaster). Skype: Kees Smit. Afwezig: Piet de Vries."),
        _seg("Webex: Joke Mulder, Henk de Wit\nAanwezig via Teams: Lotte Visser (UWV)"),
    ]
    assert [(a.text, a.absent) for a in attendees(segs, lang)] == [
        ("Anna Bakker (Kadaster)", False),
        ("Kees Smit", False),
        ("Piet de Vries", True),
        ("Joke Mulder", False),
        ("Henk de Wit", False),
        ("Lotte Visser (UWV)", False),
    ]


def test_a_channel_before_a_sentence_is_no_label(lang):
    assert attendees([_seg("Teams: de opname van het overleg staat online.")], lang) == []


def test_brackets_are_balanced_and_emphasis_dropped(lang):
    segs = [_seg("Aanwezig: Anna Bakker ((RVIG), Kees Smit (*Kadaster*), Piet de Vries (**UWV**))")]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (RVIG)",
        "Kees Smit (Kadaster)",
        "Piet de Vries (UWV)",
    ]


def test_a_list_of_first_names_pairs_no_name_with_another(lang):
    segs = [_seg("Aanwezig: Anna, Kees, Zorbas, Roy. Afwezig: Piet.")]
    assert [a.text for a in attendees(segs, lang)] == ["Anna", "Kees", "Zorbas", "Roy", "Piet"]


def test_an_abbreviation_inside_brackets_ends_no_sentence(lang):
    segs = [_seg("Aanwezig: Anna Bakker (min. BZK), Kees Smit (RDW)")]
    assert [a.text for a in attendees(segs, lang)] == ["Anna Bakker (min. BZK)", "Kees Smit (RDW)"]


def test_a_name_broken_across_two_lines_is_one_attendee(lang):
    items = ["Anna Bakker (Kadaster)", "Kees", "van Dam (RDW)", "Piet de Vries", "Joke Mulder"]
    segs = [_seg("Aanwezig", "heading"), *(_seg(t, "list_item") for t in items)]
    assert [a.text for a in attendees(segs, lang)] == [
        "Anna Bakker (Kadaster)",
        "Kees van Dam (RDW)",
        "Piet de Vries",
        "Joke Mulder",
    ]
    lines = _seg("Aanwezig:\nAnna Bakker (Kadaster)\nKees\nSmit (RDW)\nPiet de Vries (UWV)")
    assert [a.text for a in attendees([lines], lang)] == [
        "Anna Bakker (Kadaster)",
        "Kees Smit (RDW)",
        "Piet de Vries (UWV)",
    ]


def test_a_list_of_first_names_on_lines_stays_apart(lang):
    assert [a.text for a in attendees([_seg("Aanwezig:\nAnna\nKees\nRoy")], lang)] == [
        "Anna",
        "Kees",
        "Roy",
    ]


def test_forms_of_address_and_offices_before_names_are_attendees(summarise):
    s = summarise(
        "# Verslag commissie\n\nAanwezig: mevrouw A. de Vries (voorzitter),"
        " de heer B. Jansen (VVD), wethouder E. Visser, dhr. K. Maas, mw. L. Groen (griffier)\n\n"
        "Afwezig: de heer F. Smit (CDA)\n\n## 1. Opening\n\nDe voorzitter opent.\n",
        name="c.md",
    )
    found = {p.name: (p.role, p.organisation) for p in s.speakers}
    assert found == {
        "A. de Vries": ("voorzitter", None),  # "(voorzitter)" is no organisation to pass on
        "B. Jansen": (None, "vvd"),
        "E. Visser": ("wethouder", None),
        "K. Maas": (None, None),  # "dhr." ends no sentence
        "L. Groen": ("griffier", None),
    }
    assert [p.name for p in s.people_mentioned if p.id == "f-smit"] == ["F. Smit"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Afwezig: Brouwer, T.; Smit, L.", ["T. Brouwer", "L. Smit"]),
        ("Aanwezig: Vries, J.P.M. de; Berg, A. van den", ["J.P.M. de Vries", "A. van den Berg"]),
        ("Aanwezig: Melis van den Brink, BD", ["Melis van den Brink (BD)"]),  # BD: no initials
    ],
)
def test_surname_comma_initials(line, names):
    seg = Segment(text=line, line_map=((0, 1),), kind="text")
    found = [a.text for a in attendees([seg], load_language_data())]
    assert found == names


def test_an_office_after_a_dash_is_the_role(summarise):
    s = summarise(
        "# Notulen\n\n## Aanwezig\n- Joris van Leeuwen (Gemeente Den Haag) – voorzitter\n"
        "- Mila Janssens – notulist\n\n## 1. Opening\n\nJoris opent.\n",
        name="n.md",
    )
    found = {p.name: (p.role, p.organisation) for p in s.speakers}
    assert found["Joris van Leeuwen"] == ("voorzitter", "gemeente-den-haag")
    assert found["Mila Janssens"] == ("notulist", None)


def test_label_cells_before_the_cells_they_label(summarise):
    s = summarise(
        "# MR-vergadering\n\n| | | | |\n|---|---|---|---|\n"
        "| Aanwezig | Linda Vos (vz, oudergeleding)<br>Petra Wit, Kadaster | Afwezig |"
        " Sjoerd Boon |\n| Gast | Hans Meijer (directeur) | Notulist | Petra Wit |\n\n"
        "## 1. Opening\n\nLinda opent.\n",
        name="mr.md",
    )
    found = {p.name: (p.role, p.organisation) for p in s.speakers}
    assert found == {
        "Linda Vos": ("voorzitter, oudergeleding", None),  # "vz" written out
        "Petra Wit": ("notulist", "kadaster"),
        "Hans Meijer": ("directeur", None),
    }
    assert "Sjoerd Boon" in {p.name for p in s.people_mentioned}


def _texts(text: str, lang) -> list[tuple[str, bool, str | None]]:
    return [(a.text, a.absent, a.role) for a in attendees([_seg(text)], lang)]


def test_labels_joined_by_semicolons_on_one_line(lang):
    line = "Aanwezig: mevrouw T. Kok, de heer B. Smit; Afwezig: mevrouw L. Vos; Notulist: J. Baas"
    assert _texts(line, lang) == [
        ("mevrouw T. Kok", False, None),
        ("de heer B. Smit", False, None),
        ("mevrouw L. Vos", True, None),
        ("J. Baas", False, "notulist"),
    ]


def test_a_label_with_lower_case_words_before_its_colon(lang):
    text = "Aanwezig bestuur:\nVeenstra, J.H. (voorzitter)\nKamp, A. (penningmeester)"
    assert _texts(text, lang) == [
        ("J.H. Veenstra (voorzitter)", False, None),
        ("A. Kamp (penningmeester)", False, None),
    ]


def test_on_behalf_lines_give_their_people_the_organisation(lang):
    text = (
        "Aanwezig:\nnamens Waterschap Rijn en IJssel: ir. G. Hof (dijkgraaf), M. Arts\n"
        "Gemeente Doetinchem: wethouder L. Evers"
    )
    assert _texts(text, lang) == [
        ("ir. G. Hof (dijkgraaf) (Waterschap Rijn en IJssel)", False, None),
        ("M. Arts (Waterschap Rijn en IJssel)", False, None),
        ("wethouder L. Evers (Gemeente Doetinchem)", False, None),
    ]


def test_a_dash_before_lower_case_words_is_a_note_not_an_organisation(lang):
    text = (
        "Aanwezig:\nKarin Smeets – bestuur\nOmar Haddou – appartement 3\n"
        "Ton Aarts – Beheer Noord"
    )
    assert _texts(text, lang) == [
        ("Karin Smeets (bestuur)", False, None),
        ("Omar Haddou (appartement 3)", False, None),
        ("Ton Aarts (Beheer Noord)", False, None),
    ]


def test_apostrophe_and_accented_double_names_are_no_acronyms(lang):
    text = "Aanwezig: de heer A. D'Costa, mevrouw E. Özkan-Bulut"
    assert _texts(text, lang) == [
        ("de heer A. D'Costa", False, None),
        ("mevrouw E. Özkan-Bulut", False, None),
    ]


def test_a_form_of_address_after_a_bracket_opens_the_next_entry(lang):
    text = "Aanwezig:\nH. Brink (dijkgraaf) mw. ir. G. Smeets (heemraad) dhr. P. Aal (VVD)"
    assert [a.text for a in attendees([_seg(text)], lang)] == [
        "H. Brink (dijkgraaf)",
        "mw. ir. G. Smeets (heemraad)",
        "dhr. P. Aal (VVD)",
    ]


def test_an_office_before_a_name_in_a_list_is_no_label(lang):
    segs = [
        _seg("Aanwezig:"),
        _seg("Gedeputeerde M. Kroon (Provincie Utrecht)", "list_item"),
        _seg("Heemraad A. Baars (Waterschap Vallei)", "list_item"),
    ]
    assert [a.text for a in attendees(segs, lang)] == [
        "Gedeputeerde M. Kroon (Provincie Utrecht)",
        "Heemraad A. Baars (Waterschap Vallei)",
    ]


def test_lower_case_words_and_a_colon_before_the_names(lang):
    text = "Aanwezig: 30 leden, waaronder het bestuur: Rob Aarts (voorzitter), Els Kok"
    assert [a.text for a in attendees([_seg(text)], lang)] == [
        "Rob Aarts (voorzitter)",
        "Els Kok",
    ]


def test_a_label_glued_to_a_longer_word_is_none(lang):
    segs = [_seg("Presentaties:", "heading"), _seg("- Kennisnet", "list_item")]
    assert attendees(segs, lang) == []


def test_an_on_behalf_line_after_an_inline_absent_list_is_present(lang):
    text = "Afwezig: Truus Brand\nNamens de organisatie: Marieke Kok (bestuurder)"
    assert [(a.text, a.absent) for a in attendees([_seg(text)], lang)] == [
        ("Truus Brand", True),
        ("Marieke Kok (bestuurder)", False),
    ]


def test_an_office_in_the_plural_gives_each_name_after_it_the_office(lang):
    text = "Voorts aanwezig: wethouders M. Kok en J. van Dam, griffier I. Bos"
    assert [a.text for a in attendees([_seg(text)], lang)] == [
        "wethouder M. Kok",
        "wethouder J. van Dam",
        "griffier I. Bos",
    ]


def test_surname_comma_form_of_address_and_initials(lang):
    text = "Aanwezig: Hoogland, mw. M. (CDA); Vries, dhr. K. de (VVD)"
    assert [a.text for a in attendees([_seg(text)], lang)] == [
        "M. Hoogland (CDA)",
        "K. de Vries (VVD)",
    ]


def test_people_apart_by_semicolons_with_function_and_organisation(summarise):
    s = summarise(
        "# Overleg\n\nAanwezig: Jan Jansen, beleidsmedewerker, Gemeente Utrecht; Sara Koster,"
        " adviseur, Kadaster\nAfwezig: Bert de Wit, RDW\n\n## 1. Opening\n\nJan opent.\n",
        name="o.md",
    )
    found = {p.name: (p.role, p.organisation) for p in s.speakers}
    assert found == {
        "Jan Jansen": ("beleidsmedewerker", "gemeente-utrecht"),
        "Sara Koster": ("adviseur", "kadaster"),
    }
