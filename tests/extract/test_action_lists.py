"""Action lists: tables and lists under an action heading, column roles read from the cells."""

from __future__ import annotations


def test_markdown_action_table_columns(summarise):
    s = summarise(
        "# Overleg\n\nAanwezig: Frank Terpstra (Logius)\n\n## Actiepunten\n\n"
        "| Nr | Actie | Wie | Status |\n|----|----|----|----|\n"
        "| 324/01 | Frank deelt de presentatie met de werkgroep | Frank | Gesloten |\n"
        "| 324/02 | Logius werkt het voorstel uit voor de volgende keer | Logius | O |\n",
        name="m.md",
    )
    listed = [p for p in s.action_points if p.ref]
    assert [p.ref for p in listed] == ["324/01", "324/02"]
    assert [p.status for p in listed] == ["closed", "open"]
    assert listed[0].text == "Frank deelt de presentatie met de werkgroep."
    assert listed[0].owners == ["frank-terpstra"]
    assert listed[1].kind == "action"


def test_decision_list_under_heading(summarise):
    s = summarise(
        "# Vergadering\n\n## Besluiten\n\n1. De roadmap wordt vastgesteld zoals gepresenteerd.\n"
        "2. Het volgende overleg is live in Amersfoort.\n\n## Rondvraag\n\nGeen vragen.\n",
        name="b.md",
    )
    kinds = [(p.kind, p.line) for p in s.action_points]
    assert ("decision", 5) in kinds and ("decision", 6) in kinds
    assert all(p.line < 8 for p in s.action_points)


def test_flowing_pdf_list_split_at_refs_with_owner_and_status(summarise):
    s = summarise(
        "Actielijst\n\nNr Actie Naam O/G mrt24/01 Vanuit Logius wordt de informatie gedeeld op "
        "Github. Martin Plas G mrt24/02 Het rapport wordt gedeeld met de leden. Frank Terpstra O\n",
        name="p.txt",
    )
    refs = {p.ref: p for p in s.action_points if p.ref}
    assert set(refs) == {"mrt24/01", "mrt24/02"}
    assert refs["mrt24/01"].status == "closed" and refs["mrt24/02"].status == "open"
    assert refs["mrt24/01"].text == "Vanuit Logius wordt de informatie gedeeld op Github."
    assert refs["mrt24/02"].owners == ["frank-terpstra"]


def test_inline_owner_marker(summarise):
    s = summarise(
        "# Stuurgroep\n\nEen strategie heeft vaststelling nodig. Aankaarten bij de directie "
        "(Actie Friso).\n",
        name="i.md",
    )
    (point,) = [p for p in s.action_points if "Aankaarten" in p.text]
    assert point.owners == ["Friso"] and point.kind == "action"
    assert "Actie Friso" not in point.text


def test_text_and_list_mention_are_one_item(summarise):
    s = summarise(
        "# Overleg\n\nAanwezig: Frank Terpstra\n\n## Punt 1\n\n"
        "Actie: Frank deelt de presentatie over notificaties met de werkgroep.\n\n"
        "## Actiepunten\n\n| 1 | Frank deelt de presentatie over notificaties | Frank | Open |\n",
        name="d.md",
    )
    same = [p for p in s.action_points if "presentatie" in p.text]
    assert len(same) == 1
    assert same[0].lines == [7, 11] and same[0].status == "open"


def test_table_with_a_status_column_needs_no_heading(summarise):
    s = summarise(
        "# Stuurgroep\n\n## Stand van zaken\n\n| Actie | Wie | Status |\n|---|---|---|\n"
        "| Ondertekening manifest regelen | Mickel | open |\n"
        "| Dagvoorzitter benaderen | Han | gesloten |\n\n"
        "| Naam | Organisatie |\n|---|---|\n| Han | Kadaster |\n| Mickel | VNG |\n",
        name="s.md",
    )
    texts = {p.text: p.status for p in s.action_points}
    assert texts == {
        "Ondertekening manifest regelen.": "open",
        "Dagvoorzitter benaderen.": "closed",
    }


def test_pdf_header_row_read_as_heading_does_not_end_the_list(summarise):
    s = summarise(
        "Actielijst\n\nDatum Actiepunt Houder Afgerond\n\n"
        "7-3-24 Mail met een samenvatting van de consultatie sturen. Edwin W Ja\n",
        name="h.txt",
    )
    (point,) = s.action_points
    assert point.ref == "7-3-24" and point.status == "closed"
    assert point.text == "Mail met een samenvatting van de consultatie sturen."


def test_owner_column_is_the_one_with_names(summarise):
    s = summarise(
        "# Werkgroep\n\n## Acties\n\n"
        "| 1 | na de zomer | Definities notificeren vastleggen in de wiki | Mohamed Zirar |\n"
        "| 2 | volgende keer | Een set usecase beschrijvingen maken | Jeffrey Gortmaker |\n",
        name="w.md",
    )
    names = {p.id: p.name for p in [*s.speakers, *s.people_mentioned]}
    owners = [[names.get(o, o) for o in p.owners] for p in s.action_points if p.ref]
    assert owners == [["Mohamed Zirar"], ["Jeffrey Gortmaker"]]


def test_action_table_header_read_as_heading_opens_a_list(summarise, monkeypatch):
    monkeypatch.setenv("SESSIETOOL_ACTION_CLASSIFIER", "off")
    s = summarise(
        "# Overleg\n\n## Extra\n\nIssues zonder milestone.\n\n"
        "### Datum/nr Omschrijving Verantwoordelijk\n\n"
        "1104/02 Toetsing van het beheer bij het Forum. Navraag doen.\n\n### Jan Smit O\n\n"
        "1010/08 Dubbele issues naar één issue terugbrengen.\n",
        name="t.md",
    )
    assert [p.ref for p in s.action_points if p.ref] == ["1104/02", "1010/08"]


def test_planning_table_without_status_column(summarise, monkeypatch):
    monkeypatch.setenv("SESSIETOOL_ACTION_CLASSIFIER", "off")
    s = summarise(
        "# Overleg 4 maart 2024\n\nAanwezig: Jan Smit (Logius)\n\n## Planning\n\n"
        "| Wanneer | Wat | Wie |\n|---|---|---|\n"
        "| Tot 30 april | Beoordeling van het voorstel | Allen |\n"
        "| 1 mei - 22 mei | Samenvoegen van de analyses | Jan Smit |\n\n"
        "| Naam | Organisatie | Rol |\n|---|---|---|\n| Jan Smit | Logius | voorzitter |\n"
        "| Piet Jansen | Kadaster | lid |\n",
        name="p.md",
    )
    texts = [p.text for p in s.action_points]
    assert texts == ["Beoordeling van het voorstel.", "Samenvoegen van de analyses."]
    assert s.action_points[1].owners == ["jan-smit"]


def test_paragraphs_opening_with_list_numbers_are_a_list(summarise, monkeypatch):
    monkeypatch.setenv("SESSIETOOL_ACTION_CLASSIFIER", "off")
    s = summarise(
        "# Overleg\n\nAanwezig: Jan Smit (Logius)\n\n## Extra\n\n"
        "1104/02 Toetsing van het beheer bij het Forum. Navraag doen.\n\nJan Smit O\n\n"
        "1010/08 Dubbele issues naar één issue terugbrengen.\n\n"
        "Op 12-03-2024 is de versie gepubliceerd.\n",
        name="n.md",
    )
    listed = [p for p in s.action_points if p.ref]
    assert [p.ref for p in listed] == ["1104/02", "1010/08"]
    assert listed[0].owners == ["jan-smit"] and listed[0].status == "open"


def test_an_appendix_after_the_action_table_is_no_list(summarise):
    s = summarise(
        "# Overleg\n\n## Actielijst\n\n| Nr | Actie | Wie | Status |\n|----|----|----|----|\n"
        "| 324/01 | Frank deelt de presentatie met de werkgroep | Frank | O |\n"
        "| 324/02 | Logius werkt het voorstel uit | Logius | O |\n\n"
        "### Bijlage 1\n\nDe werkgroep moet de tekst nog aanpassen aan de nieuwe versie.\n",
        name="m.md",
    )
    assert [p.ref for p in s.action_points] == ["324/01", "324/02"]


def test_each_table_of_an_action_section_has_its_own_columns(summarise):
    s = summarise(
        "# Overleg\n\nAanwezig: Frank Terpstra (Logius)\n\n## Actiepunten\n\n"
        "| Nr | Actie | Wie | Status |\n|----|----|----|----|\n"
        "| 324/01 | Frank deelt de presentatie met de hele werkgroep | Frank | Gesloten |\n"
        "| 324/02 | Logius werkt het voorstel uit voor de volgende keer | Logius | O |\n\n"
        "Planning van de beoordeling:\n\n"
        "| Nr | Data | Actie | Voor |\n|----|----|----|----|\n"
        "| 1 | Tot 30 april | Beoordeling wijzigingsvoorstel | Allen |\n"
        "| 2 | 29 mei | Bespreken wijzigingsvoorstel | Allen |\n",
        name="m.md",
    )
    texts = [p.text for p in s.action_points if p.ref in ("1", "2")]
    assert texts == ["Beoordeling wijzigingsvoorstel.", "Bespreken wijzigingsvoorstel."]


def test_a_status_glued_to_the_owner_cell_is_the_status(summarise):
    s = summarise(
        "# Overleg\n\nAanwezig: Peter Haasnoot (Logius)\n\n## Actiepunten\n\n"
        "| Nr | Actie | Wie | Status |\n|----|----|----|----|\n"
        "| 324/01 | Peter deelt de presentatie met de werkgroep | Peter Haasnoot G | |\n"
        "| 324/02 | Logius werkt het voorstel uit voor de volgende keer | Logius | Update volgt |\n"
        "| 324/03 | Iedereen reviewt de handleiding voor de volgende keer | Allen Open | |\n",
        name="m.md",
    )
    listed = {p.ref: p for p in s.action_points if p.ref}
    assert listed["324/01"].owners == ["peter-haasnoot"]
    assert listed["324/01"].status == "closed"
    assert listed["324/03"].status == "open"
    assert listed["324/03"].owners == ["allen"]


def _word_tables(*tables: list[list[str]]) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_heading("Verslag overleg", 1)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                table.cell(r, c).text = value
        document.add_paragraph("Tekst tussen de tabellen.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _summarise_docx(data: bytes, tmp_path):
    from sessietool.api import extract_session
    from sessietool.options import Options

    path = tmp_path / "verslag.docx"
    path.write_bytes(data)
    return extract_session(path, options=Options(model="blank:nl"))


def test_header_names_the_columns_and_empty_cells_keep_them_in_line(tmp_path):
    rows = [
        ["Nr", "Actiepunt", "Eigenaar", "Deadline", "Status"],
        ["24-01", "Overzicht van de wachtlijsten maken", "Wethouder Visser", "1 mei 2024", "Open"],
        ["23-12", "Notitie over de parkeernormen", "Griffie", "", "Afgerond"],
    ]
    s = _summarise_docx(_word_tables(rows), tmp_path)
    listed = {p.ref: p for p in s.action_points if p.ref}
    assert set(listed) == {"24-01", "23-12"}  # "Nr" makes the column the list number
    assert listed["24-01"].status == "open"
    assert listed["23-12"].status == "closed"  # not shifted into the empty deadline cell
    assert listed["23-12"].text.startswith("Notitie over de parkeernormen")
    assert not any(o.name == "Open" for o in s.organisations)  # a status cell is no body


def test_an_attendance_table_with_presence_marks_is_no_action_list(tmp_path):
    rows = [
        ["Naam", "Organisatie", "Aanwezig"],
        ["Jan de Boer", "Gemeente Zwolle", "ja"],
        ["Fatima Yilmaz", "GGD IJsselland", "ja"],
        ["Pieter van den Berg", "Jeugdbescherming Overijssel", "nee"],
    ]
    s = _summarise_docx(_word_tables(rows), tmp_path)
    assert s.action_points == []
    assert {p.name for p in s.speakers} == {"Jan de Boer", "Fatima Yilmaz"}


def test_table_header_names_task_and_owner_columns_outside_an_action_heading(summarise):
    s = summarise(
        "# Overleg\n\nAanwezig: Karin de Vries (Logius), Bart Smit (RINIS)\n\n"
        "## Vervolg van het overleg\n\n"
        "| Actie | Verantwoordelijke(n) | Wanneer | Opmerkingen |\n| --- | --- | --- | --- |\n"
        "| **Profiel uitbreiden met een tweede groep** | Karin / Bart | voor de volgende keer "
        "| Bepalen of dit past |\n"
        "| **Testsuite beschrijven** | Bart | | Nog afstemmen met de werkgroep |\n",
        name="t.md",
    )
    first, second = (p for p in s.action_points if p.line in (9, 10))
    assert first.text == "Profiel uitbreiden met een tweede groep."
    assert first.owners == ["karin-de-vries", "bart-smit"]  # not "Bepalen" from the remarks
    assert (second.kind, second.owners) == ("action", ["bart-smit"])  # an empty date cell


def test_wie_wat_wanneer_table_is_an_action_list(summarise):
    s = summarise(
        "# Overleg\n\nAanwezig: Karin de Vries\n\n"
        "| Wie | Wat | Wanneer |\n| --- | --- | --- |\n"
        "| Karin | Zaal reserveren voor de sessie | mei |\n"
        "| Allen | Stukken lezen | juni |\n",
        name="w.md",
    )
    listed = [(p.text, p.owners) for p in s.action_points]
    assert ("Zaal reserveren voor de sessie.", ["karin-de-vries"]) in listed
    assert ("Stukken lezen.", ["allen"]) in listed


def test_vervolgpunten_heading_opens_an_action_list(summarise):
    s = summarise(
        "# Overleg\n\n## Vervolgpunten en actiepunten\n\n- Notitie over de licenties afronden\n"
        "- Planning delen met de leden\n",
        name="v.md",
    )
    assert [(p.kind, p.line) for p in s.action_points] == [("action", 5), ("action", 6)]


def test_a_date_inside_an_item_does_not_split_the_list_at_it(summarise):
    s = summarise(
        "# Klankbord\n\n## Actiepunten\n\n"
        "1. Beheerdocument verder uitwerken tot een definitieve versie, Status: in review\n"
        "2. Praktijkvoorbeelden toevoegen aan de verdieping, Status: gereed 17-02-2023\n",
        name="k.md",
    )
    assert [p.line for p in s.action_points] == [5, 6]
    assert s.action_points[0].text.startswith("Beheerdocument verder uitwerken")


def test_markdown_task_boxes_are_open_and_closed_actions(summarise):
    s = summarise(
        "# Werkgroep\n\nAanwezig: Eva Brinkman, Joris Bos\n\n## 1. Datasets\n\n"
        "- [ ] Eva stuurt de planning rond voor 20 mei\n"
        "- [x] Joris heeft de uitnodiging verstuurd\n",
        name="w.md",
    )
    boxes = {p.text: (p.status, p.owners) for p in s.action_points}
    assert boxes["Eva stuurt de planning rond voor 20 mei."] == ("open", ["eva-brinkman"])
    assert boxes["Joris heeft de uitnodiging verstuurd."] == ("closed", ["joris-bos"])
