"""Speakers (people taking part) and people only mentioned.

Evidence: turn headers (transcripts), attendee lists (minutes), and names in the running text —
the NER's persons plus Dutch name patterns — with the context that makes a named person a
participant (``Marcelis vindt``, ``zegt Merel``, ``Sander: …``) or gives an affiliation
(``Jan Bogerd van de Vereniging Hogescholen``, ``Frank (MBO Raad)``, ``de directeur-generaal …
van het ministerie van OCW, Marcelis Boereboom``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..language import LanguageData
from ..nlp.labels import PERSON, category
from ..summary import Person, Speaker
from .attendance import attendees
from .authors import author_entries, first_person, matches_slug, slug_name
from .context import SessionDoc
from .markers import acting_handles, handle_owner, remark_names
from .names import first_names, looks_like_name, parse_label, particles, surname
from .organisations import OrgFindings, OrgIndex
from .people import People, PersonRecord
from .person_orgs import persons_among
from .spans import Spans
from .text import add_line, clean_quotes, squash
from .word_index import WordIndex

_WORD_AFTER = re.compile(r"^\s*(?:,\s*)?(\w+)")
_WORD_BEFORE = re.compile(r"(\w+),?\s*$")
# "Sander: …", "**Sander**: …", "Sander (Logius): …", "**Sander** (lid): …"
_COLON_AFTER = re.compile(r"^(?:\*\*)?\s*(?:\([^()\n]{1,60}\))?(?:\*\*)?\s*:\s*\S")
_VAN_ORG = re.compile(r"^\s+(?:van|bij|namens)\s+(?:de\s+|het\s+)?")
_PAREN_AFTER = re.compile(r"^\s*\(([^()]{2,60})\)")
_PARENS = re.compile(r"\(([^()]*)\)")
_POSSESSIVE = re.compile(r"['’]s$")


def speakers(
    session: SessionDoc, index: OrgIndex
) -> tuple[list[Speaker], list[Person], OrgFindings]:
    """People taking part and people mentioned, each in order of first appearance, and the
    organisations met on the way (parties, attendee lists, affiliations, role descriptions) for
    the conductor to merge into ``index``, which is left as it is."""
    orgs = index.fork()
    language = session.language
    people = People(language)
    has_turns = any(seg.speaker for seg in session.segments)
    _from_turns(session, orgs, people)
    taken, listed = _from_attendance(session, orgs, people)
    taken += _from_remarks(session, people)
    _register_names(session, orgs, people, taken)
    _initials(session, people)
    _handles(session, people)
    _count_mentions(
        session,
        orgs,
        people,
        taken,
        participation=not has_turns,
        report=not has_turns and not listed,
    )
    if not has_turns and not listed:
        _authors(session, orgs, people)
    return (*people.build(), orgs.found)


_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,3})(?![\w-])")


def initials(name: str, language: LanguageData) -> set[str]:
    """``Peter-Paul Koch`` → {PPK}; ``Sander van Lambalgen`` → {SL, SvL}."""
    known = particles(language)
    parts = [w for word in name.split() for w in word.split("-") if w]
    if len(parts) < 2:
        return set()
    upper = "".join(w[0].upper() for w in parts if w.casefold() not in known)
    mixed = "".join(w[0].lower() if w.casefold() in known else w[0].upper() for w in parts)
    return {upper, mixed} - {""}


def _initials(session: SessionDoc, people: People) -> None:
    """An acronym of a person's initials (``PPK``) used in the text is an alias of that person."""
    table: dict[str, list[PersonRecord]] = {}
    for rec in people.records:
        for code in initials(rec.name, session.language):
            if len(code) >= 2:
                table.setdefault(code, []).append(rec)
    for code in dict.fromkeys(m.group(1) for m in _ACRONYM.finditer(session.text)):
        recs = table.get(code, [])
        if len(recs) == 1:
            recs[0].add_form(code)


def _from_remarks(session: SessionDoc, people: People) -> list[tuple[int, int]]:
    """``<opmerking Mirjam Jansen>``: the person who made the remark takes part."""
    spans = []
    for start, end, name in remark_names(session.text, session.language):
        rec = people.get(name, start)
        rec.participates = not rec.absent or rec.participates
        people.mention(rec, session.line_of(start))
        spans.append((start, end))
    return spans


def _handles(session: SessionDoc, people: People) -> None:
    """A handle used as a name (``@ehotting vraagt``) is an alias of the one known person it
    spells (Eelco Hotting), else a participant under the handle."""
    verbs = {v.casefold() for v in session.language.people.get("speech_verbs", [])}
    names = [r.name for r in people.records]
    for start, _end, handle in acting_handles(session.text, verbs):
        owner = handle_owner(handle, names, session.language)
        rec = people.find(owner) if owner else None
        if rec is None:
            rec = people.get(f"@{handle}", start)
        else:
            rec.add_form(f"@{handle}")
        rec.participates = rec.participates or not rec.absent
        people.mention(rec, session.line_of(start))


def _authors(session: SessionDoc, orgs: OrgIndex, people: People) -> None:
    """A first-person report's authors (front matter) took part, for the writer's organisation
    unless the text gives them another."""
    language = session.language
    if not first_person(session.text, language):
        return
    for entry in author_entries(session.transcript.metadata, language):
        rec = next((r for r in people.records if matches_slug(r.name, entry)), None)
        if rec is None:
            name = slug_name(entry, language)
            if name is None:
                continue
            rec = people.get(name, 0)
        rec.add_form(entry)
        rec.participates, rec.absent = True, False
        if not rec.organisation:
            rec.organisation = _own_organisation(session, orgs)


def _from_turns(session: SessionDoc, orgs: OrgIndex, people: People) -> None:
    for i, seg in enumerate(session.segments):
        if not seg.speaker:
            continue
        parts = parse_label(seg.speaker, session.language)
        rec = people.get(parts.name, session.offsets[i])
        rec.participates = True
        rec.turns += 1
        rec.words += len(seg.text.split())
        rec.role = rec.role or parts.role
        if parts.party and not rec.organisation:
            rec.organisation = orgs.lookup(parts.party) or orgs.add(parts.party, seg.line)
        label = squash(re.sub(r"\([^()]*\)\s*$", "", seg.speaker))
        if label != rec.name:
            rec.add_form(label)
        add_line(rec.lines, seg.line)


def _from_attendance(
    session: SessionDoc, orgs: OrgIndex, people: People
) -> tuple[list[tuple[int, int]], bool]:
    """The spans of the attendee lists' entries, and whether the document has an attendee list
    (a report's programme, "Sprekers: …", is none: the report's own rules still apply)."""
    language = session.language
    taken = []
    found = attendees(session.segments, language)
    # a member list ("Leden") is who could come; where an attendance list exists it decides
    has_attendance = any(
        not a.member and not a.absent and not a.role and not a.programme for a in found
    )
    # the attendance list's organisations first: a member list's department only fills gaps
    for a in sorted(found, key=lambda a: a.member and has_attendance):
        groups = _PARENS.findall(a.text)
        parts = parse_label(_PARENS.sub(" ", a.text), language)
        if not looks_like_name(parts.name, language) or _body(parts.name, orgs):
            continue  # "Deelnemers: Belastingdienst, Kadaster": bodies, not people
        seg = session.segments[a.segment]
        start = session.offsets[a.segment] + a.offset
        taken.append((start, start + len(a.text)))
        rec = people.get(parts.name, start)
        if a.absent or a.member and has_attendance:
            rec.absent = rec.absent or not rec.participates
        else:
            rec.participates, rec.absent = True, False
        rec.role = rec.role or a.role or parts.role
        for group in groups:
            before = (rec.role, rec.organisation)
            _apply_paren(rec, group, orgs, language, seg.line_at(a.offset))
            if (rec.role, rec.organisation) == before and "," in group:
                for part in group.split(","):  # "(vz, oudergeleding)": each part
                    _apply_paren(rec, part, orgs, language, seg.line_at(a.offset))
        people.mention(rec, seg.line_at(a.offset))
    return taken, any(not a.programme for a in found)


def _apply_paren(
    rec: PersonRecord, text: str, orgs: OrgIndex, language: LanguageData, line: int
) -> None:
    """``(penningmeester)`` gives a role, ``(Kadaster)`` an organisation; a line break inside
    (a hard-wrapped paragraph: ``(product\nowner Digilab)``) is a space."""
    text = squash(text)
    roles = [r.casefold() for r in language.people.get("roles", [])]
    abbreviations: dict[str, str] = language.people.get("role_abbreviation_meanings", {})
    low = text.casefold().strip(" .")
    notes = {n.casefold() for n in language.people.get("attendance_notes", [])}
    if low.split(" ")[0] in notes:  # "(via Skype)", "(online)": how, not who
        return
    if low in abbreviations:
        rec.role = rec.role or abbreviations[low]
        return
    split = _role_and_org(text, notes, language)
    if split:  # "(projectleider, Bouwbedrijf Koster)", "(Gemeente Zwolle, beleidsadviseur)"
        rec.role = rec.role or abbreviations.get(split[0].strip(" ."), split[0])
        _apply_paren(rec, split[1], orgs, language, line)
        return
    if text.strip() in initials(rec.name, language):  # "Peter-Paul Koch (PPK)": an alias
        rec.add_form(text.strip())
        return
    m = _FUNCTION_AT.match(text)  # "(portfoliomanager bij Digilab)", "(architect FDS)"
    if m and not any(c.isupper() for c in m.group(1)):
        rec.role = rec.role or squash(m.group(1))
        text = m.group(2).strip()
        low = text.casefold()
    role = next((r for r in sorted(roles, key=len, reverse=True) if low.startswith(r + " ")), None)
    if role and text[len(role) :].strip()[:1].isupper():  # "(secretaris Logius)"
        rec.role = rec.role or text[: len(role)].strip()
        text = text[len(role) :].strip()
        low = text.casefold()
    else:  # "(product owner Digilab)": a function, then an organisation the gazetteer knows
        m = None if _names_body(text, language) else _FUNCTION_ORG.match(text)
        oid = m and (orgs.lookup(m.group(2)) or orgs.add_known(m.group(2), line))
        if m and oid:
            rec.role = rec.role or m.group(1)
            rec.organisation = rec.organisation or oid
            return
        if _has_role_word(text, roles):
            rec.role = rec.role or ", ".join(  # "(vz, oudergeleding)": voorzitter, …
                abbreviations.get(p.strip().casefold().strip(" ."), p.strip())
                for p in squash(text).split(",")
            )
            return
    if not any(c.isupper() for c in text):
        return  # "(per 1-9-2024)", "(ivm verlof)": a note, neither role nor organisation
    text = _before_substitution(text, language)
    for part in re.split(r"\s*(?:/|,)\s*", text):  # "Logius / Geonovum": the first one
        part = _expand_prefix(part, language)
        oid = orgs.lookup(part) or orgs.add(part, line)
        if oid:
            if not rec.organisation:
                rec.organisation = oid
            return


_LOWER_WORDS = re.compile(r"[a-zà-ÿ][\w'’-]*(?: [a-zà-ÿ][\w'’-]*){0,2}")


def _role_and_org(text: str, notes: set[str], language: LanguageData) -> tuple[str, str] | None:
    """``projectleider, Bouwbedrijf Koster`` → (function, organisation): of two parts split by a
    comma, one of at most three lower-case words (no note such as ``online``) and one that opens
    with a capital."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or not all(parts):
        return None
    for role, org in (parts, parts[::-1]):
        if (
            _LOWER_WORDS.fullmatch(role)
            and role.split()[0] not in notes
            and (org[:1].isupper() or _names_body(org, language))
        ):
            return role, org
    return None


def _has_role_word(text: str, roles: list[str]) -> bool:
    """A role word in a text, or in a text in lower case one ending a compound
    (``locatiemanager``, ``beleidsadviseur``, ``hr-adviseur``)."""
    low = text.casefold()
    if any(re.search(rf"\b{re.escape(r)}\b", low) for r in roles):
        return True
    if any(c.isupper() for c in text):
        return False
    words = re.findall(r"[\w-]+", low)
    return any(w.endswith(r) and len(w) > len(r) for w in words for r in roles if len(r) >= 6)


def _body(name: str, orgs: OrgIndex) -> bool:
    """A one-word entry that names an organisation of the gazetteer (``Kadaster``), not one the
    NER guessed (it takes first names such as ``Vasilis`` for organisations too)."""
    oid = orgs.lookup(name) if " " not in name and name not in first_names() else None
    return oid is not None and orgs.registry is not None and oid in orgs.registry.trusted


def _names_body(text: str, language: LanguageData) -> bool:
    """``gemeente Emmen``, ``prov. Drenthe``: a kind of body opens the text, no function."""
    first = text.split(None, 1)[0].casefold() if text.strip() else ""
    people = language.people
    return first in people.get("organisation_kinds", {}) or first in people.get(
        "organisation_prefixes", {}
    )


def _before_substitution(text: str, language: LanguageData) -> str:
    """``Belastingdienst i.p.v. Peter Fuchs`` → ``Belastingdienst``: the organisation before a
    note of whom the attendee stands in for."""
    split = language.compiled("substitution_notes", _substitution_split)
    if split is None:
        return text
    head = split.split(text, maxsplit=1)[0].strip()
    return head or text


def _substitution_split(language: LanguageData) -> re.Pattern[str] | None:
    notes = sorted(language.people.get("substitution_notes", []), key=len, reverse=True)
    if not notes:
        return None
    alt = "|".join(re.escape(n) for n in notes)
    return re.compile(rf"\s+(?:{alt})(?=\s|$)", re.IGNORECASE)


def _expand_prefix(text: str, language: LanguageData) -> str:
    """``gem Den Haag`` → ``Gemeente Den Haag``, ``min. BZK`` → ``Ministerie van BZK``."""
    prefixes: dict[str, str] = language.people.get("organisation_prefixes", {})
    words = text.strip().split(None, 1)
    if len(words) == 2 and words[0].casefold() in prefixes:
        return f"{prefixes[words[0].casefold()]} {words[1].strip()}"
    return text.strip()


def _clean_person(text: str, language: LanguageData) -> str:
    text = squash(clean_quotes(text))
    text = _POSSESSIVE.sub("", text)
    return parse_label(text, language).name


def _name_spans(session: SessionDoc, orgs: OrgIndex) -> list[tuple[int, int, str]]:
    """Candidate person names: NER persons and first-name-led patterns, cut at organisations."""
    language = session.language
    text = session.text
    spans: list[tuple[int, int, str]] = []
    tagged = session.features.has_pos
    known_first = first_names()
    for ent in session.features.entities:
        if category(ent.label) != PERSON:
            continue
        # "Hoger Onderwijs" tagged as a person: a name starts with a proper noun or a first name
        if tagged and ent.first_pos != "PROPN" and ent.first_text not in known_first:
            continue
        first_line = ent.text.split("\n", 1)[0]  # a name never runs across a line break
        spans.append((ent.start, ent.start + len(first_line), first_line))
    for m in _first_name_pattern(language).finditer(text):
        spans.append((m.start(), m.end(), m.group(0)))
    addressed = set()  # "Mevrouw Bakker vraagt": a surname after a form of address, even once
    for m in language.compiled("address-surname", _compile_addressed).finditer(text):
        spans.append((m.start(1), m.end(1), m.group(1)))
        addressed.add(m.start(1))
    persons = _persons_taken_for_orgs(session, orgs)
    spans.extend(persons)
    person_starts = {s for s, _e, _f in persons}
    out = []
    org_starts = sorted(s for s, _e, _ in orgs.spans)
    counts: dict[str, int] = {}
    words = WordIndex(text)
    for start, end, form in spans:
        i = bisect_right(org_starts, start)  # "Frank van Hout van de MBO Raad": stop at the org
        if i < len(org_starts) and org_starts[i] < end and start not in person_starts:
            end = org_starts[i]
            form = text[start:end]
        form = re.sub(r"\s+(?:van|bij|namens)(?:\s+(?:de|het))?\s*$", "", form.strip(" ,("))
        line_start = text.rfind("\n", 0, start) + 1
        opens = not re.sub(r"[\s\-*•#_>\d.)]+", "", text[line_start:start])
        lead = _common_lead(form, known_first, words, opens)
        if lead:  # "Aftreden Krijn", "Idee Arjan": a noun opening the line, then the name
            start, form = start + lead, form[lead:]
        name = _clean_person(form, language)
        if name.isupper():  # "DG", "PPK": acronyms; initials of known people are found apart
            continue
        if " " not in name and name not in first_names():
            if name not in counts:
                counts[name] = _count_upto(text, name, 2)
            if counts[name] < 2 and start not in addressed:
                continue  # one capitalised word, once: "Beroepsonderwijs" is no surname
        if _common_words(name, text, known_first, words):
            continue
        unclaimed = start in person_starts or orgs.at(start, start + len(form)) is None
        if looks_like_name(name, language) and unclaimed:
            out.append((start, start + len(form), name))
    return sorted(out)


def _persons_taken_for_orgs(session: SessionDoc, orgs: OrgIndex) -> list[tuple[int, int, str]]:
    """Statistical organisation entities that name a person by shape and context."""
    trusted = orgs.registry.trusted if orgs.registry is not None else set()
    language = session.language
    verbs = {
        v.casefold()
        for key in ("speech_verbs", "report_verbs")
        for v in language.people.get(key, [])
    }
    text = session.text
    candidates = [(s, e, text[s:e]) for s, e, oid in orgs.spans if oid not in trusted]
    return persons_among(text, candidates, language, verbs)


def _common_lead(
    form: str, known_first: frozenset[str] | set[str], index: WordIndex, opens: bool
) -> int:
    """Where the name starts in ``Aftreden Krijn`` or ``Idee Arjan: …``: after a first word
    that is no first name, capitalised only as it opens the line (``opens``) or one the text
    also writes in lower case, when a first name follows it; 0 when the form opens with the
    name."""
    words = form.split()
    if len(words) < 2 or words[0] in known_first or words[1] not in known_first:
        return 0
    common = index.indexable(words[0]) and words[0].lower() in index.forms(words[0])
    if not (opens or common):
        return 0
    return form.index(words[1], len(words[0]))


_CAMEL = re.compile(r"[a-z][A-Z]")


def _count_upto(text: str, word: str, limit: int) -> int:
    """``text.count(word)``, counted no further than ``limit``."""
    n = pos = 0
    while n < limit:
        at = text.find(word, pos)
        if at < 0:
            break
        n, pos = n + 1, at + max(len(word), 1)
    return n


def _common_words(
    name: str, text: str, known_first: frozenset[str] | set[str], index: WordIndex
) -> bool:
    """A capitalised phrase the text also writes in lower or sentence case (``Federatieve
    Toegang`` / ``federatieve toegang``, ``Websub`` / ``WebSub``), or one camel-cased word
    (``PubSub``), names a thing, not a person. ``index`` holds the words of ``text``."""
    words = name.split()
    if words[0] in known_first:
        return False
    if len(words) == 1 and _CAMEL.search(name):
        return True
    if len(words) == 1:
        if index.indexable(name):
            return bool(index.forms(name) - {name})
        forms = set(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE))
        return bool(forms - {name})
    variants = {name.lower(), name[:1] + name[1:].lower()} - {name}
    return any(_phrase_in(v, text, index) for v in variants)


def _phrase_in(phrase: str, text: str, index: WordIndex) -> bool:
    """The text writes ``phrase`` as whole words (from the index where it can tell)."""
    found = index.occurs(phrase)
    if found is None:
        return bool(re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text))
    return found


def _first_name_pattern(language: LanguageData) -> re.Pattern[str]:
    """First-name-led names, compiled once per language data."""
    return language.compiled("first_names", _compile_first_names)


def _compile_first_names(language: LanguageData) -> re.Pattern[str]:
    particle_alts = "|".join(
        sorted((re.escape(p) for p in language.people.get("particles", [])), key=len, reverse=True)
    )
    names = "|".join(sorted(first_names(), key=len, reverse=True))
    cap = r"[A-ZÀ-Ý][\w'’-]+"
    first = rf"(?:{names})(?:-(?:{names}))?"
    return re.compile(
        rf"(?<![\w-]){first}(?:[ \t]+(?:(?:{particle_alts})[ \t]+){{0,3}}{cap})?(?![\w-])"
    )


def _compile_addressed(language: LanguageData) -> re.Pattern[str]:
    """A surname (with its particles) after a form of address or an office of
    ``address_before_surname``: ``mevrouw De Jong-Pranger``, ``wethouder Van Rooij``."""
    words = sorted(language.people.get("address_before_surname", []), key=len, reverse=True)
    particle_alts = "|".join(
        sorted((re.escape(p) for p in language.people.get("particles", [])), key=len, reverse=True)
    )
    alts = "|".join(re.escape(w) for w in words) or "(?!)"
    cap = r"[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*"
    return re.compile(
        rf"(?<![\w-])(?i:{alts})[ \t]+((?:(?i:{particle_alts})[ \t]+){{0,3}}{cap}"
        rf"(?:[ \t]+{cap}){{0,2}})(?![\w-])"
    )


def _register_names(
    session: SessionDoc, orgs: OrgIndex, people: People, taken: list[tuple[int, int]]
) -> None:
    inside = Spans(taken)
    for start, _end, name in _name_spans(session, orgs):
        if start in inside or people.ambiguous(name):
            continue
        people.get(name, start)


def _forms_pattern(people: People, language: LanguageData) -> re.Pattern[str] | None:
    forms: set[str] = set()
    for rec in people.records:
        forms.add(rec.name)
        forms.update(rec.forms)
        words = rec.name.split()
        if len(words) > 1:
            forms.add(words[0])
            forms.add(surname(rec.name, language).title() if words[1][:1].isupper() else "")
            forms.add(" ".join(words[1:]))
    forms = {f for f in forms if len(f) > 1 and looks_like_name(f, language)}
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def _count_mentions(
    session: SessionDoc,
    orgs: OrgIndex,
    people: People,
    taken: list[tuple[int, int]],
    *,
    participation: bool,
    report: bool = False,
) -> None:
    language = session.language
    pattern = _forms_pattern(people, language)
    if pattern is None:
        return
    text = session.text
    verbs = {v.casefold() for v in language.people.get("speech_verbs", [])}
    groups = {g.casefold() for g in language.people.get("participant_groups", [])}
    role_verbs: dict[str, str] = language.people.get("role_verbs", {})
    nouns = {n.casefold() for n in language.people.get("presentation_nouns", [])}
    chained: set[int] = set()  # where a name joined to a presenting one starts
    behalf_verbs = frozenset(language.people.get("on_behalf_verbs", []))
    cues = _cue_pattern(language)
    acts = verbs | {v.casefold() for v in language.people.get("report_verbs", [])}
    found: dict[str, PersonRecord | None] = {}
    seen: list[tuple[PersonRecord, int, int]] = []
    own: list[str | None] = []  # the writer's organisation, looked up at the first colleague
    headings = Spans(
        (session.offsets[i], session.offsets[i] + len(seg.text))
        for i, seg in enumerate(session.segments)
        if seg.kind == "heading"
    )
    inside = Spans(taken)
    for m in pattern.finditer(text):
        start, end = m.span()
        form = m.group(0)
        if not form[:1].isupper() or start in inside:
            continue
        if form not in found:
            found[form] = people.find(form)
        rec = found[form]
        if rec is None:
            continue
        people.mention(rec, session.line_of(start))
        if participation and (_speaks(text, start, end, verbs) or _listed(text, start, groups)):
            rec.participates = True
        elif report and _speaks(text, start, _after_org(text, end, orgs), acts):
            rec.participates = True  # "Linda van Geonovum vertelde", "Niels en Sander werkten"
        elif report and _verb_and_office_before(text, start, acts, language):
            rec.participates = True  # "trapte wethouder Henk Jonkers af"
        elif report:
            _introduced(session, orgs, rec, end, acts)
        if report and (start in chained or _presents(text, start, end, nouns)):
            rec.participates = True  # "een opening door Aliza Tekofsky (Digilab) en Gideon …"
        if report and " " in form and start in headings:
            rec.participates = True  # "## Marc van Andel – Federatieve toegang": a talk
        if report and cues and cues.search(text[max(0, start - 60) : start]):
            rec.participates = True  # "gingen we de diepte in met X en Y", "met dank aan X"
        verb = _WORD_AFTER.match(text[end : end + 30])
        if participation and verb and verb.group(1).casefold() in role_verbs:
            rec.participates = True
            rec.role = rec.role or role_verbs[verb.group(1).casefold()]
        if report and not rec.organisation:
            on_behalf = _on_behalf(text, start, orgs, behalf_verbs, session.line_of(start))
            if on_behalf:  # "Namens Geonovum waren Frank Terpstra en Linda … aanwezig"
                rec.organisation, rec.participates = on_behalf, True
        if report and not rec.organisation:
            colleague = _COLLEAGUE.search(text[max(0, start - 60) : start])
            if colleague:  # "Geonovum-collega Linda van den Brink"
                form = colleague.group(1)
                line = session.line_of(start)
                rec.organisation = orgs.lookup(form) or orgs.add_known(form, line)
        if report and not rec.organisation and _own_colleague(text, start, language):
            own = own or [_own_organisation(session, orgs)]
            rec.organisation = own[0]  # "Onze collega's Dimitri van Hees en Tom Ootes"
        if report and rec.participates:  # "betraden Dimitri, Tom en …": the names joined on
            chain = _CHAIN.match(text, end)
            if chain:
                chained.add(chain.end())
        seen.append((rec, start, end))
        if participation or rec.participates:
            _affiliation(session, orgs, rec, start, end)
    if report:  # "X (Org)" at a mention before the one that makes X a participant
        for rec, start, end in seen:
            if rec.participates:
                _affiliation(session, orgs, rec, start, end)


def _cue_pattern(language: LanguageData) -> re.Pattern[str] | None:
    """Words just before a name (or a chain of names) that make it a report's participant."""
    return language.compiled("participant_cues", _compile_cues)


def _compile_cues(language: LanguageData) -> re.Pattern[str] | None:
    cues = sorted(language.people.get("participant_cues", []), key=len, reverse=True)
    if not cues:
        return None
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    roles = "|".join(
        re.escape(r) for r in sorted(language.people.get("roles", []), key=len, reverse=True)
    )
    role = rf"(?:(?:{roles})\s+)?" if roles else ""  # "onder leiding van moderator X"
    return re.compile(rf"(?<![\w-])(?:{alts})\s+{role}(?:\*\*)?$", re.IGNORECASE)


def _speaks(text: str, start: int, end: int, verbs: set[str]) -> bool:
    """``Marcelis vindt``, ``zegt Merel``, ``Sander: …``, ``Zowel Frank als Anko vallen``,
    ``Tim (Logius) presenteerde``, ``Theo en Genieke: …``, ``**Edwin**: …``."""
    after = text[end : end + 120]
    paren = _PAREN_SKIP.match(after)
    m = _WORD_AFTER.match(after[paren.end() :] if paren else after)
    if m and m.group(1).casefold() in verbs:
        return True
    colon = _COLON_AFTER.match(after) or _CHAIN_COLON.match(after)
    if colon:
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        return not re.sub(_LINE_MARKS, "", before) or bool(_CHAIN_BEFORE.fullmatch(before))
    m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if m and m.group(1).casefold() in verbs:
        return True
    m = _CHAIN_VERB.match(after)  # "Frank als Anko vallen", "X en Tom Ootes lieten"
    return bool(m and m.group(1).casefold() in verbs)


def _verb_and_office_before(
    text: str, start: int, verbs: set[str], language: LanguageData
) -> bool:
    """``presenteerde wethouder X``, ``opende dagvoorzitter X``: a verb, then an office or a
    form of address (``roles``, ``honorifics``), then the name; ``vraagt of X`` is no such."""
    m = _VERB_WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m or m.group(1).casefold() not in verbs:
        return False
    offices = language.compiled(
        "offices-and-address",
        lambda lang: {
            w.casefold()
            for key in ("roles", "honorifics")
            for w in lang.people.get(key, [])
            if " " not in w
        },
    )
    return m.group(2).casefold() in offices


_VERB_WORD_BEFORE = re.compile(r"(\w+)\s+([a-z][\w-]+)\s+$")
_LINE_MARK = r"[\s\-*•#_>]"
_LINE_MARKS = rf"{_LINE_MARK}+"
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+){0,3}[A-Z][\w'’-]+){0,3}"
_PAREN_SKIP = re.compile(r"^\s*(?:\*\*)?\s*\([^()]{1,80}\)")
_CHAIN_COLON = re.compile(
    rf"^(?:\*\*)?\s*(?:,|\ben\b|&|/)\s*(?:\*\*)?{_NAME_WORDS}(?:\*\*)?\s*:\s*\S"
)
_CHAIN_BEFORE = re.compile(
    rf"{_LINE_MARK}*(?:\*\*)?{_NAME_WORDS}(?:\*\*)?\s*(?:,|\ben\b|&|/)\s*(?:\*\*)?"
)
_CHAIN_VERB = re.compile(  # "X als Y vallen", "X, Y (Org) en Z betraden"
    rf"^(?:\s*(?:\([^()]{{1,60}}\))?\s*(?:,|\ben\b|\bals\b|&)\s*{_NAME_WORDS}){{1,5}}"
    rf"\s*(?:\([^()]{{1,60}}\))?\s+(\w+)"
)
_WHO = re.compile(r"(?:\*\*)?\s*,\s*(?:die|wie|who)\b")
_FUNCTION_AT = re.compile(
    r"^([^()]{2,50}?)\s+(?:bij|van|at|of|@)\s+(?:(?:de|het|the)\s+)?([A-Z].*)$"
)  # "architect bij het RIVM"


_FUNCTION_ORG = re.compile(r"^([a-z][\w-]*(?: [a-z][\w-]*){0,3}) ([A-Z][^()]{1,60})$")
_CHAIN = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:,|\ben\b|&)\s*")
_BY = re.compile(  # "een opening door X", "een welkomstwoord van dagvoorzitter X"
    r"\b(\w+)(?:\s+\w+){0,3}\s+(?:door|van|met|by)\s+(?:[a-z][\w-]+\s+)?$", re.IGNORECASE
)
_ROLE_PAREN = re.compile(r"^\s*\(\s*[a-z][\w-]*\s+(?:bij|van|at|of)\s+[A-Z]")


_ON_BEHALF = re.compile(
    r"(?:\b[Nn]amens|\b[Vv]anuit|\bons eigen)\s+(?:de\s+|het\s+)?([\w.&-]{2,40}?)(?:-team)?\s"
)


def _on_behalf(
    text: str, start: int, orgs: OrgIndex, verbs: frozenset[str], line: int
) -> str | None:
    """``Namens Geonovum waren X en Y``, ``Van ons eigen developer.overheid.nl-team betraden X,
    Y``: the organisation the people after it speak for."""
    window = text[max(0, start - 160) : start]
    window = re.split(r"[.!?:;\n]\s", window)[-1]
    matches = list(_ON_BEHALF.finditer(window))
    if not matches:
        return None
    between = window[matches[-1].end() :].replace(",", " ").split()
    if len(between) > 12 or any(w[:1].islower() and len(w) > 3 and w not in verbs for w in between):
        return None
    form = matches[-1].group(1)
    return orgs.lookup(form) or orgs.add_known(form, line)


def _own_organisation(session: SessionDoc, orgs: OrgIndex) -> str | None:
    """The organisation a report speaks for: the first known one after ``onze``/``ons`` (``onze
    developer.overheid.nl Meetup``, ``ons eigen Geonovum-team``)."""
    words = sorted(session.language.people.get("own_words", []), key=len, reverse=True)
    if not words:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    for m in re.finditer(rf"(?<![\w-])(?i:{alts})\s+([\w.&’'-]{{2,40}})", session.text):
        form = re.sub(r"-(?:team|collega's|collega’s|collega)$", "", m.group(1).rstrip(".,"))
        if not form[:1].isupper() and "." not in form:
            continue
        line = session.line_of(m.start(1))
        oid = orgs.lookup(form) or orgs.add_known(form, line)
        if oid:
            return oid
    return None


def _own_colleague(text: str, start: int, language: LanguageData) -> bool:
    """``onze collega's X en Y``: the name at ``start`` is one of the writer's colleagues."""
    cues = sorted(language.people.get("own_colleagues", []), key=len, reverse=True)
    if not cues:
        return False
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    chain = rf"(?:{_NAME_WORDS}\s*(?:,|\ben\b|&)\s*){{0,4}}"
    window = text[max(0, start - 200) : start]
    return bool(re.search(rf"(?<![\w-])(?i:{alts})\s+(?:\*\*)?{chain}$", window))


def _after_org(text: str, end: int, orgs: OrgIndex) -> int:
    """Where ``van/bij/namens ORG`` after a name ends (``end`` when none follows): an
    organisation the index knows, or capitalised words after a lower-case kind of body
    (``van woningcorporatie De Woonbron``)."""
    m = _VAN_ORG.match(text[end : end + 40])
    if not m:
        return end
    pos = end + m.end()
    known = next((e for s, e, _ in orgs.spans if s == pos), None)
    if known is not None:
        return known
    body = _KIND_AND_NAME.match(text, pos, pos + 80)
    return body.end() if body else end


_KIND_AND_NAME = re.compile(r"[a-z][\w-]{3,}[ \t]+(?:[A-Z][\w&'’-]*[ \t]*){1,4}(?=[ \t]+[a-z])")


_COLLEAGUE = re.compile(r"(?<![\w-])([A-Z][\w.&]+)-(?:collega|collega's|collega’s)\s+(?:\*\*)?$")
_APPOSITION = re.compile(r"^,\s*([^,.;:()\n]{3,70}?)\s*,\s+(\w+)")
_WORKS_AT = re.compile(r"^(?:werkzaam|actief|werkt)\s+(?:bij|voor)\s+(?:de\s+|het\s+)?(?=[A-Z])")
_VAN_NEW = re.compile(
    r"^[ \t]+(?:van|bij|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?"
    r"([A-Z][\w&'’-]*(?:\.\w+)*(?:[ \t]+[A-Z][\w&'’-]*(?:\.\w+)*){0,3})[ \t]+(\w+)"
)


def _introduced(
    session: SessionDoc, orgs: OrgIndex, rec: PersonRecord, end: int, verbs: set[str]
) -> None:
    """A report's participant with the organisation between name and verb: ``X, portfoliomanager
    bij Digilab, opende``, ``X, werkzaam bij het Kadaster, presenteerde``, ``X van TomTom gaf``;
    or with a description only (``X, schrijver van de standaard, vertelde``: its role)."""
    text = session.text
    after = text[end : end + 120]
    line = session.line_of(end)
    m = _APPOSITION.match(after)
    if m and m.group(2).casefold() in verbs:
        inner = m.group(1)
        works = _WORKS_AT.match(inner)
        if works:
            inner = inner[works.end() :]
        elif inner[:1].islower() and not _FUNCTION_AT.match(inner):
            rec.participates = True  # "Pekka, schrijver van de standaard, vertelde"
            if inner.split()[0].casefold() not in LanguageData.stopwords():  # not "die eerder …"
                rec.role = rec.role or squash(inner)
            return
        elif not (_FUNCTION_AT.match(inner) and inner[:1].islower()):
            return  # "X, Y, Z presenteerden" is a chain of names, not an apposition
        rec.participates = True
        _apply_paren(rec, inner, orgs, session.language, line)
        return
    m = _VAN_NEW.match(after)
    if m and m.group(2).casefold() in verbs:
        oid = orgs.lookup(m.group(1)) or orgs.add(m.group(1), line)
        if oid:
            rec.participates = True
            rec.organisation = rec.organisation or oid


def _presents(text: str, start: int, end: int, nouns: set[str]) -> bool:
    """A report's presenter: ``een opening door X``, ``de presentatie van X``, or a name with its
    function at an organisation in parentheses (``X (portfoliomanager bij Digilab)``)."""
    if _ROLE_PAREN.match(text[end : end + 80]):
        return True
    m = _BY.search(text[max(0, start - 60) : start])
    if m and any(w.casefold() in nouns for w in m.group(0).split()):
        return True
    line_start = text.rfind("\n", 0, start) + 1  # "**Arjan Widlak**, die ons meenam …"
    opens = not re.sub(_LINE_MARKS, "", text[line_start:start])
    return opens and bool(_WHO.match(text, end))


def _listed(text: str, start: int, groups: set[str]) -> bool:
    """Inside a list in parentheses after a group of people: ``het bestuur (A, B en C)``."""
    window = text[max(0, start - 200) : start]
    opening = window.rfind("(")
    if opening < 0 or ")" in window[opening:] or "\n" in window[opening:]:
        return False
    before = re.search(r"(\w+)\s*$", window[:opening])
    return bool(before and before.group(1).casefold() in groups)


def _affiliation(
    session: SessionDoc, orgs: OrgIndex, rec: PersonRecord, start: int, end: int
) -> None:
    """Organisation and role from the words around a name."""
    language = session.language
    text = session.text
    after = text[end : end + 120]
    if not rec.organisation:
        m = _VAN_ORG.match(after)
        if m:
            oid = _org_starting(orgs, end + m.end())
            rec.organisation = oid or rec.organisation
    if not rec.organisation:  # "X, CIO van het Directoraat …", also across a wrapped line
        m = _FUNCTION_APPOSITION.match(after)
        if m and m.group(1).split()[0].casefold() not in LanguageData.stopwords():
            rec.organisation = _org_starting(orgs, end + m.end()) or rec.organisation
    m = _PAREN_AFTER.match(after)
    if m:
        _apply_paren(rec, m.group(1), orgs, language, session.line_of(start))
    before = text[max(0, start - 250) : start]
    trimmed = before.rstrip()
    # each pattern below ends in what ``before`` must end with: tested first, as a string
    m = trimmed.endswith(",") and language.compiled("role-before-name", _role_before_name).search(
        before
    )
    if m:
        base = start - len(before)
        oid = orgs.at(base + m.start(3), base + m.end(3)) or orgs.lookup(m.group(3))
        if oid:
            rec.organisation = rec.organisation or oid
            rec.role = rec.role or squash(f"{m.group(1)} {m.group(2)}").strip(" ,")
            orgs.add_role_span((base + m.start(), base + m.start(3)))
    spaced = before[-1:].isspace() or (before.endswith("**") and before[-3:-2].isspace())
    if not rec.role and spaced:  # "dagvoorzitter Sanne Willems", "moderator Hanna Peeters"
        m = language.compiled("role-right-before-name", _role_right_before_name).search(before)
        if m:
            rec.role = m.group(1).casefold()
    nouns: dict[str, str] = language.people.get("role_nouns", {})
    if nouns and not rec.role and trimmed[-3:].casefold() == "van":
        m = language.compiled("role-noun-before-name", _role_noun_before_name).search(before)
        if m:
            rec.role = nouns[m.group(1).casefold()]


def _role_before_name(language: LanguageData) -> re.Pattern[str]:
    """``directeur van de Kiesraad, `` before a name: role, words, organisation (built once)."""
    roles = sorted(language.people.get("roles", []), key=len, reverse=True)
    role_alt = "|".join(re.escape(r) for r in roles)
    return re.compile(
        rf"\b({role_alt})\b(?:\s*\([^()]*\))?([^.;:!?]*?)\s+(?:van|bij)\s+(?:de\s+|het\s+)?"
        rf"([^.;:!?]{{2,80}}?),\s*$",
        re.IGNORECASE,
    )


def _role_right_before_name(language: LanguageData) -> re.Pattern[str]:
    """A lower-case office word right before a name (``dagvoorzitter ``), built once."""
    skip = set(language.people.get("roles_not_before_names", []))
    roles = sorted(language.people.get("roles", []), key=len, reverse=True)
    kept = [r for r in roles if r.islower() and r not in skip]
    # "Wethouder Van Rooij" opening a sentence: the office capitalised
    alts = "|".join(re.escape(f) for r in kept for f in (r, r.capitalize())) or "(?!)"
    return re.compile(rf"(?<![\w-])({alts})\s+(?:\*\*)?$")


def _role_noun_before_name(language: LanguageData) -> re.Pattern[str]:
    """``voorzitter van `` before a name, over the role nouns (built once)."""
    nouns: dict[str, str] = language.people.get("role_nouns", {})
    return re.compile(rf"\b({'|'.join(map(re.escape, nouns))})\s+van\s*$", re.IGNORECASE)


# A function between comma and "van/bij ORG" right after a name; the words may wrap onto the
# next line of a hard-wrapped report. A stopword ("die", "en", "toen") starts no function.
_FUNCTION_APPOSITION = re.compile(
    r"^,\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:van|bij)\s+(?:de\s+|het\s+)?(?=[A-Z])"
)


def _org_starting(orgs: OrgIndex, pos: int) -> str | None:
    return orgs.starting_at(pos)
