"""Action points: markers, motions, commitments and narrative plans; opinions left out."""

from __future__ import annotations

import pytest


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Action points from the rules alone: the trained classifier switched off."""
    monkeypatch.setenv("SESSIETOOL_ACTION_CLASSIFIER", "off")


def test_markers_with_owners_and_paragraph_context(summarise):
    s = summarise(
        "Aanwezig: Krijn, Tom\n\n## ALV\n\nDatum: begin december. Taak Krijn: datumprikker "
        "inschieten.\n\n-   ACTIE: Tom mailt de leden.\n",
        name="n.md",
    )
    first, second = s.action_points
    assert first.text.startswith("Datumprikker inschieten.") and "december" in first.text
    assert (first.kind, first.owners) == ("action", ["krijn"])
    assert second.text == "Tom mailt de leden." and second.owners == ["tom"]
    assert second.line == 7


def test_motion_operative_clause_owned_by_whom_it_addresses(summarise):
    text = (
        "De voorzitter:\nMevrouw Beckerman.\n\n"
        "Mevrouw Beckerman (SP):\nDaarom mijn motie.\nDe Kamer,\ngehoord de beraadslaging,\n"
        "overwegende dat het slecht gaat;\nverzoekt de regering om de Gezondheidsraad te vragen,\n"
        "en gaat over tot de orde van de dag.\n"
        "Deze motie is voorgesteld door de leden Beckerman en Van Kent. Zij krijgt nr. 3.\n\n"
        "De voorzitter:\nDank u wel.\n"
    )
    s = summarise(text)
    (motion,) = s.action_points
    assert motion.text == "verzoekt de regering om de Gezondheidsraad te vragen"
    assert motion.kind == "request"
    assert motion.owners == ["regering"]  # who is asked to act, not who asks
    assert motion.line == 9


def test_motion_clause_without_addressee_is_owned_by_its_submitters(summarise):
    text = (
        "Mevrouw Beckerman (SP):\nDaarom mijn motie.\nDe Kamer,\ngehoord de beraadslaging,\n"
        "overwegende dat het slecht gaat;\nspreekt uit dat de zorg dichtbij moet blijven,\n"
        "en gaat over tot de orde van de dag.\n"
        "Deze motie is voorgesteld door de leden Beckerman en Van Kent. Zij krijgt nr. 4.\n"
    )
    (motion,) = summarise(text).action_points
    assert motion.kind == "decision"
    assert motion.owners == ["beckerman", "Van Kent"]


def test_minister_commitment(summarise):
    s = summarise(
        "Minister Slob:\nIk zeg toe dat ik de Kamer voor de zomer een brief stuur.\n\n"
        "De voorzitter:\nDank u.\n"
    )
    (point,) = s.action_points
    assert point.kind == "commitment" and point.owners == ["slob"]


def test_narrative_plans_and_opinions(summarise):
    s = summarise(
        "Verslag van 6 oktober 2020\n\n"
        "OCW en de sectorraden denken al na over de vorm. Natuurlijk moet er een visie komen op "
        "de zij-instromer. In het onderwijs ben je leraar voor het leven. Verpleegkundigen moeten "
        "zich voortdurend bijscholen. Het panel: we gaan een convenant sluiten. Op 5 november "
        "komen de sectorraden bij elkaar.\n"
    )
    texts = [a.text for a in s.action_points]
    assert texts == [
        "OCW en de sectorraden denken al na over de vorm.",
        "Natuurlijk moet er een visie komen op de zij-instromer.",
        "We gaan een convenant sluiten.",
        "Op 5 november komen de sectorraden bij elkaar.",
    ]
    assert s.action_points[0].owners == ["ocw"]
    assert s.action_points[2].kind == "commitment"  # "we gaan X doen" promises (guide)
    assert s.action_points[3].owners == ["sectorraden"]
    assert s.action_points[3].due == "2020-11-05"


def test_decisions_stated_as_an_outcome(summarise, rules_only):
    s = summarise(
        "# Technisch overleg\n\nDe roadmap 2024 is na bespreking vastgesteld.\n\n"
        "Het TO stemt in met de wijziging van de standaard.\n\n"
        "De leden gaan niet akkoord met het voorstel om te stoppen.\n",
        name="o.md",
    )
    kinds = {p.line: p.kind for p in s.action_points}
    assert kinds.get(3) == "decision" and kinds.get(5) == "decision"
    assert 7 not in kinds


def test_bare_infinitive_tasks_in_lists(summarise, rules_only):
    s = summarise(
        "Aanwezig: Frank, Rob\n\n## Architectuur\n\n- Trekker: VNG benaderen.\n"
        "- Belastingdienst via Rob benaderen.\n- Het document is nog niet aanpassen.\n"
        "- Kleine wijzigingen in de tekst.\n",
        name="w.md",
    )
    texts = [a.text for a in s.action_points]
    assert texts == ["Trekker: VNG benaderen.", "Belastingdienst via Rob benaderen."]
    assert all(a.kind == "action" for a in s.action_points)


def test_imperatives_requests_and_announcements_in_reports(summarise, rules_only):
    s = summarise(
        "# Verslag meetup\n\nStuur een mail naar api@example.nl om mee te doen. "
        "Kijk eens naar de slides. Ook horen we graag wat jullie ervan vinden. "
        "Er volgen workshops over de tools. Stuur is een mooi woord.\n",
        name="r.md",
    )
    kinds = [(a.text.split()[0], a.kind) for a in s.action_points]
    assert kinds == [("Stuur", "request"), ("Ook", "request"), ("Er", "commitment")]


def test_every_marker_of_a_paragraph(summarise, rules_only):
    s = summarise(
        "Aanwezig: Sander, Krijn\n\n## Logo\n\nDit lijkt ons een prima deal. Taak Sander: juiste "
        "plaats bedenken voor het colofon. Taak Krijn: colofon aanmaken en invullen. Zodra de "
        "rechten rond zijn, gaat het traject in.\n",
        name="c.md",
    )
    assert [p.owners for p in s.action_points[:2]] == [["sander"], ["krijn"]]


def test_votes_volunteers_and_calls(summarise, rules_only):
    s = summarise(
        "# ALV\n\nAanwezig: Wim, Arjan\n\nDe aanwezige leden stemmen voor de nieuwe begroting. "
        "De leden stemmen ermee in om de website te vernieuwen. Wim en Arjan geven zich op als "
        "kascommissie. Oproep voor meer moderatoren. De stemmen voor en tegen waren gelijk.\n",
        name="a.md",
    )
    kinds = [p.kind for p in s.action_points]
    assert kinds == ["decision", "decision", "commitment", "request"]
    assert s.action_points[2].owners == ["wim", "arjan"]


def test_owner_colon_task_verb(summarise, rules_only):
    s = summarise(
        "Aanwezig: Roy, Tom\n\n## Congres\n\nRoy: regelt de sprekers voor het najaar.\n\n"
        "Tom: budget hoort geen probleem te zijn.\n",
        name="o.md",
    )
    assert [(p.kind, p.owners) for p in s.action_points] == [("action", ["roy"])]


def test_agenda_item_of_each_action_point(summarise, rules_only):
    s = summarise(
        "Aanwezig: Roy, Tom\n\n## 1. Opening\n\nDe voorzitter opent de vergadering.\n\n"
        "## 2. Begroting\n\nACTIE: Tom mailt de begroting naar de leden.\n\n"
        "## 3. Congres\n\nRoy: regelt de sprekers voor het najaar.\n",
        name="a.md",
    )
    agenda = {p.owners[0]: p.agenda for p in s.action_points}
    numbers = {a.number: a.title for a in s.agenda}
    assert agenda == {"tom": "2", "roy": "3"}, (agenda, numbers)


def test_user_cue_words_reach_the_extractor(summarise, rules_only, tmp_path):
    from sessietool.api import Options

    text = "Notulen\n\nVERVOLGACTIE: Tom mailt de leden.\n"
    assert summarise(text, name="n.md").action_points == []
    user = tmp_path / "cues.yaml"
    user.write_text(
        "organisations: []\nmarkers:\n  - {pattern: 'vervolgactie', kind: action}\n",
        encoding="utf-8",
    )
    options = Options(model="blank:nl", gazetteers=(str(user),))
    (point,) = summarise(text, name="n.md", options=options).action_points
    assert point.text == "Tom mailt de leden." and point.kind == "action"


def test_named_subject_tasks_and_requests(summarise, rules_only):
    s = summarise(
        "Aanwezig: Roy, Krijn, Tom\n\n## Congres\n\nKrijn gaat dit uitzoeken. "
        "Roy en Tom gaan in overleg. Roy regelt de "
        "sprekers. Tom vraagt de leden om hun ideeën te mailen. Tom vraagt of dat kan. "
        "Roy schrijft voor dat het zo moet. Roy neemt het woord.\n",
        name="t.md",
    )
    found = [(p.kind, p.owners, p.text) for p in s.action_points]
    assert found == [
        ("action", ["krijn"], "Krijn gaat dit uitzoeken."),
        ("action", ["roy", "tom"], "Roy en Tom gaan in overleg."),
        ("action", ["roy"], "Roy regelt de sprekers."),
        ("request", ["tom"], "Tom vraagt de leden om hun ideeën te mailen."),
    ]


def test_we_in_a_report_is_its_author_organisation(summarise, rules_only):
    body = (
        "# Terugblik\n\nOp 3 maart kwamen veertig mensen bij Logius samen. Ook horen we graag "
        "welke onderwerpen jullie aanspreken voor volgende events.\n"
    )
    (point,) = summarise("---\nauthors: [logius]\n---\n\n" + body, name="r.md").action_points
    assert point.kind == "request" and point.owners == ["logius"]
    (anonymous,) = summarise("---\nauthors: [tom-ootes]\n---\n\n" + body, name="r.md").action_points
    assert anonymous.owners == []


def test_general_truths_with_je_are_no_plans(summarise, rules_only):
    s = summarise(
        "# Overleg\n\nHet uitgangspunt is dat je de systemen vanaf de bron moet opbouwen. "
        "Wie actie moet ondernemen is onduidelijk. Logius moet de begroting opstellen.\n",
        name="g.md",
    )
    assert [p.text for p in s.action_points] == ["Logius moet de begroting opstellen."]


def test_an_action_label_with_nothing_after_it_is_no_action_point(summarise):
    s = summarise(
        "# Overleg\n\n## 2. Licenties\n\nDe licentie wordt besproken.\n\n**Acties**:\n\n"
        "  - Projectgroep bespreekt met BZK de mogelijkheid van een extra licentie.\n",
        name="n.md",
    )
    assert s.action_points and all(p.text.strip(" .:") for p in s.action_points)


def _kinds(s) -> dict[str, str]:
    """First word pair of each action point's text → its kind."""
    return {" ".join(p.text.split()[:2]): p.kind for p in s.action_points}


def test_next_steps_heading_opens_an_action_list(summarise, rules_only):
    s = summarise(
        "# Overleg\n\nDe roadmap is besproken.\n\nVolgende stappen:\n\n"
        "- Logius werkt het profiel uit\n- Documentatie bijwerken met de splitsing\n",
        name="v.md",
    )
    assert [(p.kind, p.line) for p in s.action_points] == [("action", 7), ("action", 8)]


def test_views_and_hypotheticals_plan_nothing(summarise, rules_only):
    s = summarise(
        "# Overleg\n\nHij vindt dat we ons teveel richten op het halen van gegevens. "
        "Er zou nog een agenda worden rondgestuurd; dat is niet gebeurd. "
        "De secretaris zal een agenda rondsturen.\n",
        name="h.md",
    )
    assert [p.text for p in s.action_points] == ["De secretaris zal een agenda rondsturen."]


@pytest.mark.parametrize(
    "sentence",
    [
        "De aanwezigen hebben geen bezwaar tegen het publiceren van de documenten.",
        "In de bijeenkomst is geconcludeerd dat de beveiliging aansluit op generieke standaarden.",
        "Conclusie is dat we het onderwerp orchestratie oppakken.",
        "Alle drie de kandidaten worden unaniem gekozen.",
        "De volgende meetup zal plaatsvinden op 15 december.",
        "De SWG zal geen normatieve standaarden ontwikkelen voor dit onderwerp.",
        "We gaan niet filteren op leeftijd.",
    ],
)
def test_decisions_stated_as_outcomes_and_negated_plans(summarise, rules_only, sentence):
    (point,) = summarise(f"# Verslag\n\n{sentence}\n", name="d.md").action_points
    assert point.kind == "decision"


@pytest.mark.parametrize(
    "sentence",
    [
        "We zijn het er ook over eens om de documentatie open te laten.",
        "Er is overeenstemming dat de designrule aangepast kan worden.",
        "De deelnemers zijn unaniem in de wens om de resources zo aan te bieden.",
        "Afgesproken is dat de voorzitter voortaan de agenda opstelt.",
    ],
)
def test_agreements_stated_as_outcomes(summarise, rules_only, sentence):
    (point,) = summarise(f"# Verslag\n\n{sentence}\n", name="a.md").action_points
    assert point.kind == "agreement"


def test_agreeing_with_an_opinion_is_no_agreement(summarise, rules_only):
    s = summarise("# Verslag\n\nZe waren het erover eens dat de tekst erg vaag is.\n", name="o.md")
    assert s.action_points == []


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("Aandacht gevraagd voor GraphQL als onderwerp van de werkgroep.", []),
        ("Het verzoek is om alle vragen vooraf in te dienen.", []),
        ("Er is een oproep gedaan om met een subgroep naar te kijken.", []),
        ("We vragen aan het klankbord wie er interesse heeft om mee te werken.", ["klankbord"]),
        ("Roy vraagt of het verslag eerder rondgestuurd kan worden.", ["roy"]),
        ("Tom riep op om publiccode.yml aan je repositories toe te voegen.", ["tom"]),
        ("Het projectteam nodigt geïnteresseerden uit om contact op te nemen.", ["projectteam"]),
    ],
)
def test_requests_and_who_asks(summarise, rules_only, sentence, owners):
    text = f"Aanwezig: Roy, Tom\n\n# Verslag\n\n{sentence}\n"
    (point,) = summarise(text, name="q.md").action_points
    assert (point.kind, point.owners) == ("request", owners)


def test_asking_whether_something_is_so_is_a_question(summarise, rules_only):
    s = summarise("Aanwezig: Linda\n\n# Verslag\n\nLinda vraagt of er een leesbare versie is.\n",
                  name="q.md")
    assert s.action_points == []


def test_announcements_and_volunteers_are_commitments(summarise, rules_only):
    s = summarise(
        "Aanwezig: Frank, Antoon\n\n# Verslag\n\nFrank kondigde aan dat er een consultatie start. "
        "Over dit thema verschijnt binnenkort een aparte blogpost. "
        "Deelnemers die aangaven mee te willen werken: Antoon.\n",
        name="c.md",
    )
    assert [p.kind for p in s.action_points] == ["commitment"] * 3
    assert [p.owners for p in s.action_points[:2]] == [["frank"], []]


def test_a_verb_and_a_subject_open_a_question(summarise, rules_only):
    s = summarise(
        "# Overleg\n\nZijn er mensen die er aan willen werken. "
        "Is de tijd gekomen om samen met de partners te kijken naar de realisatie.\n",
        name="z.md",
    )
    assert s.action_points == []


def test_an_article_before_a_noun_is_no_generic_subject(summarise, rules_only):
    s = summarise(
        "# Overleg\n\nHet klankbord zal een adviserende rol spelen in dit proces. "
        "Dat zal nog moeten blijken.\n",
        name="k.md",
    )
    assert [(p.text, p.owners) for p in s.action_points] == [
        ("Het klankbord zal een adviserende rol spelen in dit proces.", ["klankbord"])
    ]


def test_must_with_a_negation_obliges_no_one(summarise, rules_only):
    s = summarise(
        "# Overleg\n\nWe moeten niet verwachten dat bestuurders dit omarmen. "
        "We moeten de begroting nog vaststellen.\n",
        name="m.md",
    )
    assert [p.text for p in s.action_points] == ["We moeten de begroting nog vaststellen."]


def test_a_named_person_with_a_future_time_does_something(summarise, rules_only):
    s = summarise(
        "Aanwezig: Dennis, Bas\n\n# Overleg\n\nDennis spreekt maandag met Cathy over de planning. "
        "Bas deelt het rapport volgende week met iedereen. Bas spreekt vaak op congressen.\n",
        name="f.md",
    )
    assert [(p.kind, p.owners) for p in s.action_points] == [
        ("action", ["dennis"]), ("action", ["bas"]),
    ]


def test_nominal_tasks_in_list_items(summarise, rules_only):
    s = summarise(
        "# Overleg\n\nParallel:\n\n- Het aanmaken van een tweede profiel binnen Digikoppeling\n"
        "- Aanpassen van het architectuurdocument\n- Het belang van een profiel\n",
        name="n.md",
    )
    assert [p.text.split()[0] for p in s.action_points] == ["Het", "Aanpassen"]


def test_als_with_an_ordinal_is_no_condition(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nAls eerste wordt gekeken naar mechanismen voor discovery. "
        "Als het lukt wordt gekeken naar tooling.\n",
        name="e.md",
    )
    assert [p.text.split()[:2] for p in s.action_points] == [["Als", "eerste"]]


def test_first_person_plans_are_commitments_and_imperatives_ask(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nWe gaan de intro op de website zetten. Wij zorgen dat de zaal klaarstaat. "
        "Stuur een mail naar api@example.nl en wij zorgen dat je wordt aangemeld.\n",
        name="w.md",
    )
    assert [p.kind for p in s.action_points] == ["commitment", "commitment", "request"]


def test_the_subject_after_the_verb_owns_an_inverted_clause(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nDe komende tijd zal de SWG inventariseren welke best practices er zijn.\n",
        name="i.md",
    )
    (point,) = s.action_points
    assert point.owners == ["SWG"]


def test_asking_whether_is_a_question_and_asking_someone_a_request(summarise, rules_only):
    s = summarise(
        "Aanwezig: Rosita, Redouan\n\n# Overleg\n\n"
        "Rosita vraagt of de volgende vergadering online of fysiek zal zijn. "
        "Redouan vraagt de aanwezigen om bij hun directie te polsen of ze willen tekenen.\n",
        name="v.md",
    )
    assert [(p.kind, p.owners) for p in s.action_points] == [("request", ["redouan"])]


def test_a_past_day_is_no_future_time(summarise, rules_only):
    s = summarise(
        "Aanwezig: Edwin\n\n# Overleg\n\nEdwin vertelt dat de dag afgelopen zaterdag goed ging.\n",
        name="p.md",
    )
    assert s.action_points == []


def test_negated_predictions_decide_nothing(summarise, rules_only):
    s = summarise(
        "# Overleg\n\nDeze media zullen niet essentieel worden. "
        "Niet-geboekte kosten zullen plaatsvinden in het nieuwe jaar. "
        "Het bestuur zal geen acties ondernemen.\n",
        name="n.md",
    )
    assert [(p.text.split()[0], p.kind) for p in s.action_points] == [
        ("Niet-geboekte", "action"), ("Het", "decision"),
    ]


def test_a_plan_in_a_relative_clause_keeps_its_sentence(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nDe zaal droeg talen aan, die mogelijk onderzocht zullen worden.\n",
        name="r.md",
    )
    assert [p.text for p in s.action_points] == [
        "De zaal droeg talen aan, die mogelijk onderzocht zullen worden."
    ]


def test_short_infinitives_and_plans_of_the_body(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nDe extensie zal binnenkort in publieke consultatie gaan. "
        "Het voornemen is om de regel te wijzigen.\n",
        name="g.md",
    )
    assert [p.kind for p in s.action_points] == ["action", "decision"]


def test_a_decision_word_in_a_name_decides_nothing(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nEvenals de bepalingen in het Besluit politiegegevens.\n\n"
        "Het Besluit is dat we de huidige regels volgen.\n",
        name="b.md",
    )
    assert [(p.line, p.kind) for p in s.action_points] == [(5, "decision")]


def test_there_and_here_are_no_owners_but_we_still_promise(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nDaar zal het event te zijner tijd verschijnen. "
        "Daar willen we naar verwijzen. Hier gaan we aan werken.\n",
        name="d.md",
    )
    assert [(p.text, p.kind) for p in s.action_points] == [
        ("Hier gaan we aan werken.", "commitment")
    ]


def test_the_classifier_adds_no_question_view_or_hypothetical(summarise, monkeypatch):
    from sessietool.extract import action_classifier

    monkeypatch.delenv("SESSIETOOL_ACTION_CLASSIFIER", raising=False)
    monkeypatch.setattr(action_classifier, "load", lambda: object())
    monkeypatch.setattr(
        action_classifier, "classify", lambda texts, model: [("action", 0.9)] * len(texts)
    )
    s = summarise(
        "# Overleg\n\nIs de tijd gekomen om met de partners te kijken naar de realisatie. "
        "Hij vindt dat de tekst korter kan. Dat zou mooi zijn voor de leden. "
        "Logius levert de teksten aan de redactie.\n",
        name="c.md",
    )
    assert [p.text for p in s.action_points] == ["Logius levert de teksten aan de redactie."]


def test_next_meeting_with_a_date_after_a_colon_is_fixed(summarise, rules_only):
    (point,) = summarise(
        "# Overleg\n\nVolgende bijeenkomst daarna: 24 september van 10:00 - 12:00.\n", name="m.md"
    ).action_points
    assert point.kind == "decision"


def test_a_future_time_far_into_the_sentence_still_counts(summarise, rules_only):
    s = summarise(
        "Aanwezig: Bas\n\n# Overleg\n\nBas deelt de begeleidende presentatie en het voorlopige "
        "rapport over de geschiktheid van de oplossing volgende week met iedereen.\n",
        name="b.md",
    )
    assert [(p.kind, p.owners) for p in s.action_points] == [("action", ["bas"])]


def test_the_classifier_does_not_relabel_a_rules_kind(summarise, monkeypatch):
    from sessietool.extract import action_classifier

    monkeypatch.delenv("SESSIETOOL_ACTION_CLASSIFIER", raising=False)
    monkeypatch.setattr(action_classifier, "load", lambda: object())
    monkeypatch.setattr(
        action_classifier, "classify", lambda texts, model: [("request", 0.95)] * len(texts)
    )
    s = summarise(
        "# Verslag\n\nOver dit thema verschijnt binnenkort een aparte blogpost. "
        "Het bestuur zal de begroting opstellen.\n",
        name="k.md",
    )
    assert [p.kind for p in s.action_points] == ["commitment", "action"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Encryptie zal naar verwachting doorlopen in de volgende versie.",
        "Het hoofdstuk zal een relatie hebben met de architectuurlaag van het model.",
        "De pagina zal als referentie dienen voor andere organisaties.",
        "Zodat dit ook breed gedragen zal worden door de leden.",
    ],
)
def test_predictions_and_fragments_with_zal_are_no_action(summarise, rules_only, sentence):
    s = summarise(f"# Verslag\n\n{sentence}\n", name="v.md")
    assert s.action_points == []


def test_an_aim_of_the_body_is_an_action_of_the_group_before_it(summarise, rules_only):
    s = summarise(
        "# Verslag\n\nDe werkgroep richt zich op beveiliging. Het doel is om profielen op te "
        "stellen voor bestaande standaarden.\n",
        name="v.md",
    )
    assert [(p.kind, p.owners) for p in s.action_points] == [("action", ["werkgroep"])]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Het systeem zal de berichten versturen naar de afnemers.", False),
        ("Deze aanvullende module zal een eigen governance krijgen.", False),
        ("De vergelijkingen zullen meer focussen op de verschillen.", False),
        ("De website zal worden aangepast voor de nieuwe licentie.", True),
        ("De WebSub-extensie van de SensorThings API zal binnenkort in consultatie gaan.", True),
    ],
)
def test_a_thing_as_subject_of_zal_owns_no_action(summarise, sentence, found):
    s = summarise(f"# Verslag\n\n{sentence}\n", name="v.md")  # with the classifier
    assert bool(s.action_points) is found


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("We vragen Logius een scherpere definitie aan te leveren.", ["logius"]),
        ("Tevens wordt aandacht gevraagd om de rollen van Logius mee te nemen.", []),
    ],
)
def test_a_first_person_or_unnamed_request_is_owned_by_whom_it_asks(
    summarise, rules_only, sentence, owners
):
    s = summarise(f"# Verslag\n\nAanwezig: Jan Smit (Logius)\n\n{sentence}\n", name="v.md")
    assert [(p.kind, p.owners) for p in s.action_points] == [("request", owners)]


def test_first_person_plan_under_a_member_label_is_the_members(summarise, rules_only):
    s = summarise(
        "# Werkgroep\n\nAanwezig: Karin de Vries (Logius), Bart Smit (RINIS)\n\n## Planning\n\n"
        "**Karin**:<br>\nIk zal de tekst voor de volgende sessie grof schetsen.\n\n"
        "Bart Smit: Bij RINIS testen we nog niet, maar gaan wij nu wel een pilot opzetten.\n",
        name="l.md",
    )
    by_line = {p.line: p for p in s.action_points}
    assert by_line[8].kind == "commitment" and by_line[8].owners == ["karin-de-vries"]
    assert by_line[10].owners == ["bart-smit"]


def test_named_third_person_with_a_later_we_is_an_action(summarise, rules_only):
    s = summarise(
        "# Bestuur\n\nAanwezig: Karin de Vries, Bart Smit\n\n## Contacten\n\n"
        "Karin zal de vereniging mailen met de vraag of we kunnen langskomen.\n\n"
        "Bart maakt hiervan een issue aan en dan gaan we kijken hoe het verder gaat.\n\n"
        "Aan de hand van de plaat van Bart zullen we de discussie voeren.\n",
        name="b.md",
    )
    by_line = {p.line: p for p in s.action_points}
    assert (by_line[7].kind, by_line[7].owners) == ("action", ["karin-de-vries"])
    assert (by_line[9].kind, by_line[9].owners) == ("action", ["bart-smit"])
    assert by_line[11].kind == "commitment"  # "zullen we": the writers' own plan


def test_an_offer_stays_a_commitment(summarise, rules_only):
    s = summarise(
        "# Werkgroep\n\nAanwezig: Karin de Vries\n\n## Subgroepen\n\n"
        "Karin biedt aan de subgroep over notificaties te willen trekken.\n",
        name="o.md",
    )
    (point,) = s.action_points
    assert (point.kind, point.owners) == ("commitment", ["karin-de-vries"])


def test_passive_agent_after_door_owns_the_plan(summarise, rules_only):
    s = summarise(
        "# Overleg\n\n## Roadmap\n\n"
        "De nieuwe roadmap zal begin volgend jaar door de stuurgroep worden vastgesteld.\n\n"
        "_Wijziging geaccepteerd door de werkgroep_\n",
        name="p.md",
    )
    points = s.action_points
    assert [p.line for p in points] == [5, 7]
    assert [p.owners for p in points] == [["stuurgroep"], ["werkgroep"]]
    assert points[1].kind == "decision"


def test_decision_word_as_a_noun_takes_no_decision(summarise, rules_only):
    s = summarise(
        "# Overleg\n\n## Signing\n\nAfhankelijk van het besluit zullen wij dit snel inbouwen.\n",
        name="n.md",
    )
    assert [p.kind for p in s.action_points] == ["commitment"]


def test_agreement_with_an_object_between_verb_and_particle(summarise, rules_only):
    s = summarise(
        "# Werkgroep\n\n## Werkwijze\n\nWe spreken dat af om het op deze manier te doen.\n",
        name="a.md",
    )
    assert [p.kind for p in s.action_points] == ["agreement"]


def test_passive_request_to_a_group(summarise, rules_only):
    s = summarise(
        "# Overleg\n\n## Mededelingen\n\n"
        "Er is aan de werkgroep gevraagd te adviseren over het gebruik van Engels.\n\n"
        "De aanwezigen hebben geen bezwaar tegen het publiceren van de wijziging.\n",
        name="r.md",
    )
    first, second = s.action_points
    assert (first.kind, first.owners) == ("request", ["werkgroep"])
    assert (second.kind, second.owners) == ("decision", ["aanwezigen"])


def test_pronoun_after_a_colon_refers_to_the_sentence_subject(summarise, rules_only):
    s = summarise(
        "# ALV\n\nAanwezig: Bart Smit\n\n## Workshops\n\n"
        "Bart geeft een update over de workshops: hij wil komend jaar weer workshops "
        "organiseren.\n",
        name="c.md",
    )
    (point,) = s.action_points
    assert point.owners == ["bart-smit"]


def test_an_agreement_that_someone_does_is_owned_by_the_subject_of_its_that_clause(summarise):
    s = summarise(
        "# Commissie Wonen\n\nAanwezig: mevrouw A. de Vries (voorzitter), wethouder E. Visser\n\n"
        "## 1. Woonvisie\n\nAfgesproken wordt dat de wethouder voor 1 mei een overzicht stuurt.\n"
        "Besloten wordt dat Visser de raad informeert.\n",
        name="w.md",
    )
    owners = {p.text[:12]: p.owners for p in s.action_points}
    assert owners["Afgesproken "] == ["e-visser"]  # the one attendee who is wethouder
    assert owners["Besloten wor"] == ["e-visser"]


MINUTES_HEAD = (
    "Datum: 7 oktober 2024\n"
    "Aanwezig: Hanna Wiersma (voorzitter), Dirk Koopman (secretaris), Lieke Mol "
    "(ambtelijk secretaris), Bert Span\n\n## Bespreking\n\n"
)


def test_a_role_subject_is_owned_by_the_office_holder(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD + "De secretaris stuurt de uitnodiging voor de ledenavond.\n\n"
        "De ambtelijk secretaris regelt voor 1 november een zaal.\n",
        name="n.md",
    )
    first, second = s.action_points
    assert (first.kind, first.owners) == ("action", ["dirk-koopman"])
    assert (second.owners, second.due) == (["lieke-mol"], "2024-11-01")


def test_open_questions_without_a_marker_have_no_owner(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD + "Nog uitzoeken of de gemeente bijdraagt aan de kosten.\n\n"
        "Het is nog de vraag of de zaal beschikbaar is.\n",
        name="n.md",
    )
    assert [(p.kind, p.owners) for p in s.action_points] == [("open-question", [])] * 2


def test_advice_and_told_promises(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD + "De commissie adviseert positief over het plan.\n\n"
        "Bert zegt toe de cijfers in het voorjaar te sturen.\n",
        name="n.md",
    )
    advice, promise = s.action_points
    assert advice.kind == "decision"
    assert (promise.kind, promise.owners) == ("commitment", ["bert-span"])


def test_an_expectation_is_no_action(summarise, rules_only):
    s = summarise(MINUTES_HEAD + "Bert denkt dat de leden dit plan zullen steunen.\n", name="n.md")
    assert s.action_points == []


def test_a_promise_marker_is_a_commitment_of_the_office_holder(summarise, rules_only):
    s = summarise(
        "Datum: 3 oktober 2024\nAanwezig: wethouder P. Rijnders, mevrouw K. Smit\n\n"
        "Toezegging wethouder: de wethouder stuurt een memo over de reserves.\n",
        name="n.md",
    )
    (point,) = s.action_points
    assert (point.kind, point.owners) == ("commitment", ["p-rijnders"])


def test_arrow_and_inline_owners_close_their_line(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD + "Schoolplein vergroenen met de school → Bert\n"
        "Subsidie aanvragen bij de provincie (actie: Lieke)\n"
        "Hanna neemt contact op met de buurtvereniging.\n",
        name="n.md",
    )
    assert [(p.text, p.owners) for p in s.action_points] == [
        ("Schoolplein vergroenen met de school.", ["bert-span"]),
        ("Subsidie aanvragen bij de provincie.", ["lieke-mol"]),
        ("Hanna neemt contact op met de buurtvereniging.", ["hanna-wiersma"]),
    ]


def test_numbered_decisions_keep_their_number(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD + "Besluit 2024-07: Het bestuur stemt in met de begroting.\n\n"
        "Besluit 2024-08: De contributie blijft gelijk.\n",
        name="n.md",
    )
    assert [(p.kind, p.ref, p.text) for p in s.action_points] == [
        ("decision", "2024-07", "Het bestuur stemt in met de begroting."),
        ("decision", "2024-08", "De contributie blijft gelijk."),
    ]


def test_a_list_heading_is_no_point_and_an_item_keeps_its_own_kind(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD.replace("## Bespreking", "## Besluiten")
        + "Het beleidsplan wordt vastgesteld.\n\n## Vervolg\n\n"
        "Het bestuur besluit de contributie niet te verhogen.\n\n"
        "Nog uitzoeken of de zaal vrij is.\n",
        name="n.md",
    )
    assert [p.kind for p in s.action_points] == ["decision", "decision", "open-question"]


def test_an_arrow_between_names_or_steps_names_no_owner(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD + "- API Billing -> Bert Span\n- Pasfoto -> Fotograaf -> Bert\n",
        name="n.md",
    )
    assert s.action_points == []


def test_a_view_inside_a_relative_clause_leaves_the_plan(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD + "We gaan een herinnering sturen aan de leden waarvan we denken dat ze "
        "nog niet betaald hebben.\n\nBert verwacht dat de leden het plan steunen.\n",
        name="n.md",
    )
    (point,) = s.action_points
    assert point.text.startswith("We gaan een herinnering sturen")


def test_an_entry_date_in_the_number_column_is_no_deadline(summarise, rules_only):
    s = summarise(
        MINUTES_HEAD.replace("## Bespreking", "## Actielijst")
        + "| Datum | Actie | Wie | Stand van zaken |\n|---|---|---|---|\n"
        "| 7-10-2024 | Zaal reserveren | Bert | nieuw |\n"
        "| 7-10-2024 | Flyer maken | Lieke | 1 november |\n",
        name="n.md",
    )
    assert [(p.ref, p.due) for p in s.action_points] == [
        ("7-10-2024", None), ("7-10-2024", "2024-11-01")
    ]


def test_an_item_of_an_action_list_takes_a_decision_only_in_its_first_sentence(
    summarise, rules_only
):
    s = summarise(
        MINUTES_HEAD.replace("## Bespreking", "## Acties")
        + "- Wijziging 12: akkoord, wordt vastgesteld.\n"
        "- Website uitfaseren. Om dit te kunnen besluiten is een plan nodig.\n",
        name="n.md",
    )
    assert [p.kind for p in s.action_points] == ["decision", "action"]


def test_everyone_owns_a_task_of_everyone(summarise, rules_only):
    (point,) = summarise(
        MINUTES_HEAD + "Iedereen levert voor 1 november input aan voor de nieuwsbrief.\n",
        name="n.md",
    ).action_points
    assert (point.kind, point.owners, point.due) == ("action", ["iedereen"], "2024-11-01")


def test_a_passive_of_that_is_an_action_of_its_agent(summarise, rules_only):
    s = summarise(
        "Datum: 7 oktober 2024\nAanwezig: Hanna Wiersma (voorzitter), Bert Span (directeur, "
        "punt 2)\n\n## Rondvraag\n\nHanna vraagt naar het jaarverslag. "
        "Dat wordt uitgezocht door de directeur.\n",
        name="n.md",
    )
    (point,) = s.action_points
    assert (point.text, point.owners) == ("Dat wordt uitgezocht door de directeur.", ["bert-span"])

