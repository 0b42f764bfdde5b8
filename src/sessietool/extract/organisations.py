"""Organisations: one entry per organisation, whatever form the text uses.

Evidence, strongest first: the gazetteer ruler's entities (ids from the gazetteer), parties in
turn headers (``De heer Alkaya (SP)``), definitions in the text (``Vereniging Hogescholen (VH)``),
then the statistical NER's ORG entities that survive the filters for generic words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..language import LanguageData, OrgEntry, slugify
from ..nlp.labels import LOCATION, MISC, ORGANISATION, PERSON, category
from ..summary import Organisation
from .action_fields import status_of
from .context import SessionDoc
from .names import first_names
from .spans import Spans

if TYPE_CHECKING:  # pragma: no cover
    from ..nlp.features import Entity
from .text import MAX_LINES, add_line, clean_quotes

# "Vereniging Hogescholen (VH)": a name, then its acronym in parentheses.
_DEFINITION = re.compile(
    r"((?:[A-Z][\w’'&-]*\s+){0,6}[A-Z][\w’'&-]*)\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)"
)
_PARTY = re.compile(r"\(([^()]{1,40})\)\s*$")
# name particles between a first name and a surname ("Wim van Iersel", "Sander van der Berg")
_PARTICLES = r"(?:(?:van|de|der|den|ter|ten|te|het|'t|la|le|du|da|von|zu)\s+){1,3}"
_PARTICLES_RE = r"(?:(?:van|de|der|den|ter|ten|von)\s+){1,3}"


@dataclass
class OrgFindings:
    """What an extractor working on a :meth:`OrgIndex.fork` found, for the conductor to
    :meth:`OrgIndex.merge`: the names it registered, in order, and the role descriptions."""

    names: list[tuple[str, str, int]] = field(default_factory=list)  # (how, form, line)
    role_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class OrgIndex:
    """Where organisations are named: char spans in ``doc.text`` and a lookup by any form."""

    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, org id)
    by_form: dict[str, str] = field(default_factory=dict)  # casefolded form → org id
    registry: _Registry | None = None
    role_spans: list[tuple[int, int]] = field(default_factory=list)  # "directeur-generaal …"
    found: OrgFindings = field(default_factory=OrgFindings)  # what add* registered here
    _cache: list[tuple[int, int, str]] | None = field(default=None, repr=False)
    _cache_key: int = field(default=-1, repr=False)

    def fork(self) -> OrgIndex:
        """A copy to look up in and add to, leaving this index as it is; its ``found`` is what
        was added to it."""
        if self.registry is None:
            return OrgIndex(list(self.spans), dict(self.by_form), None, list(self.role_spans))
        return self.registry.fork().index

    def merge(self, found: OrgFindings) -> None:
        """Register what an extractor found on a fork of this index, in the order it did."""
        for how, form, line in found.names:
            (self.add_known if how == "known" else self.add)(form, line)
        for span in found.role_spans:
            self.add_role_span(span)

    def add_role_span(self, span: tuple[int, int]) -> None:
        """A role description (``directeur-generaal …``): an entry found only inside such spans
        is pruned."""
        self.found.role_spans.append(span)
        self.role_spans.append(span)

    def add_known(self, form: str, line: int) -> str | None:
        """The entry of an organisation the gazetteer knows, though the text's NER missed it
        (``developer.overheid.nl-team``); never a new entry from a free word."""
        self.found.names.append(("known", form, line))
        registry = self.registry
        if registry is None or registry.resolve(form)[1] is None:
            return None
        oid = registry.add(form, line, None)
        registry.trusted.add(oid)
        return oid

    def add(self, form: str, line: int) -> str | None:
        """Register an organisation named outside the NER (e.g. in an attendee list); of
        ``Rinis; na de lunch`` the first part that names one."""
        self.found.names.append(("add", form, line))
        for part in form.split(";") if ";" in form else [form]:
            oid = self._add_one(part.strip(), line) if part.strip() else None
            if oid:
                return oid
        return None

    def _add_one(self, form: str, line: int) -> str | None:
        if self.registry is None:
            return self.lookup(form)
        known = self.lookup(form)
        if known or not _plausible(form, self.registry.language):
            if known:  # an attendance list vouches for it: keep it when pruning
                self.registry.trusted.add(known)
            return known
        if _first_name_led(form, self.registry.language):  # a person, not an org
            return None
        oid = self.registry.add(form, line, None)
        self.registry.trusted.add(oid)
        return oid

    def prune(self, person_forms: set[str]) -> None:
        """Drop statistical-only entries that name a person, have only person-shaped mentions
        (``Wim van Iersel``) or lie inside a role description."""
        if self.registry is None:
            return
        for oid, org in list(self.registry.entries.items()):
            if oid in self.registry.trusted:
                continue
            forms = {_key(f) for f in (org.name, *org.aliases)}
            forms |= {f.casefold() for f in (org.name, *org.aliases)}
            spans = [(s, e) for s, e, i in self.spans if i == oid]
            in_roles = spans and all(
                any(rs <= s and e <= re_ for rs, re_ in self.role_spans) for s, e in spans
            )
            person = 0 < org.mentions <= self.registry.person_like.get(oid, 0)
            if forms & person_forms or in_roles or person:
                del self.registry.entries[oid]
                self.spans = [sp for sp in self.spans if sp[2] != oid]

    def organisations(self) -> list[Organisation]:
        """Every organisation, in order of first appearance."""
        if self.registry is None:
            return []
        orgs = list(self.registry.entries.values())
        return sorted(orgs, key=lambda o: o.lines[0] if o.lines else 0)

    def at(self, start: int, end: int) -> str | None:
        """The organisation named inside [start, end), if any (first by position)."""
        spans = self._sorted()
        i = bisect_left(spans, (start,))
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] <= end:
                return spans[i][2]
            i += 1
        return None

    def starting_at(self, pos: int) -> str | None:
        """The organisation whose name starts at ``pos``, if any."""
        spans = self._sorted()
        i = bisect_left(spans, (pos,))
        return spans[i][2] if i < len(spans) and spans[i][0] == pos else None

    def _sorted(self) -> list[tuple[int, int, str]]:
        if self._cache_key != len(self.spans) or self._cache is None:
            self._cache = sorted(self.spans)
            self._cache_key = len(self.spans)
        return self._cache

    def lookup(self, text: str) -> str | None:
        return self.by_form.get(_key(text))


def _key(text: str) -> str:
    text = clean_quotes(text).strip(" .,;:'\"")
    text = re.sub(r"^(de|het|the)\s+", "", text, flags=re.I)
    return re.sub(r"[\s-]+", " ", text).casefold()  # "Enable U" is "Enable-U"


class _Registry:
    """Accumulates organisation mentions and merges forms of one organisation."""

    def __init__(self, language: LanguageData) -> None:
        self.language = language
        self.gazetteer = {o.id: o for o in language.organisations}
        self.alias_table = language.org_by_alias()
        self.entries: dict[str, Organisation] = {}
        self.trusted: set[str] = set()  # from the gazetteer, turn headers or definitions
        self.person_like: dict[str, int] = {}  # mentions shaped like a person's name, per id
        self.index = OrgIndex(registry=self)

    def fork(self) -> _Registry:
        """A copy whose entries, trust and index can change without changing this one's."""
        copy = object.__new__(_Registry)
        copy.language, copy.gazetteer, copy.alias_table = (
            self.language, self.gazetteer, self.alias_table
        )
        copy.entries = {k: o.model_copy(deep=True) for k, o in self.entries.items()}
        copy.trusted = set(self.trusted)
        copy.person_like = dict(self.person_like)
        index = self.index
        copy.index = OrgIndex(list(index.spans), dict(index.by_form), copy, list(index.role_spans))
        return copy

    def resolve(self, form: str, ent_id: str = "") -> tuple[str, OrgEntry | None]:
        if ent_id and ent_id in self.gazetteer:
            return ent_id, self.gazetteer[ent_id]
        known = self.alias_table.get(form.casefold()) or self.alias_table.get(_key(form))
        if known:
            return known.id, known
        oid = self.index.by_form.get(_key(form))
        if oid:
            return oid, self.gazetteer.get(oid)
        return slugify(form), None

    def add(self, form: str, line: int, span: tuple[int, int] | None, ent_id: str = "") -> str:
        form = clean_quotes(form).strip()
        oid, known = self.resolve(form, ent_id)
        org = self.entries.get(oid)
        if org is None:
            org = Organisation(
                id=oid,
                name=known.name if known else form,
                kind=known.kind if known else "overig",
            )
            self.entries[oid] = org
        if form != org.name and form not in org.aliases and _key(form) != _key(org.name):
            org.aliases.append(form)
        org.mentions += 1
        add_line(org.lines, line)
        self.index.by_form.setdefault(_key(form), oid)
        if span:
            self.index.spans.append((span[0], span[1], oid))
        return oid

    def alias(self, oid: str, form: str) -> None:
        org = self.entries.get(oid)
        if org and form != org.name and form not in org.aliases:
            org.aliases.append(form)
        self.index.by_form.setdefault(_key(form), oid)


def _plausible(text: str, language: LanguageData) -> bool:
    """Filters for statistical ORG entities: generic words and fragments are not organisations."""
    key = _key(text)
    not_orgs = language.compiled(
        "not_organisation_keys", lambda lang: {_key(w) for w in lang.not_organisations}
    )
    if not key or key in language.not_organisations or key in not_orgs or len(key) < 2:
        return False
    if not any(c.isupper() for c in text) or text[:1].islower():
        return False
    words = text.split()
    not_names = {w.casefold() for w in language.people.get("not_names", [])}
    if all(w.casefold().strip(",.") in not_names for w in words):
        return False
    if key.upper() in {a.upper() for a in language.people.get("role_abbreviations", [])}:
        return False
    if len(words) == 1 and status_of(text, language) is not None:
        return False  # "Open", "Gereed": a status cell of an action table
    if _DEBRIS.search(text) or _DOTTED.fullmatch(text) or _DATE_WORD.search(text):
        return False  # e-mail, URL, link fragment, "N.a.v", "H.vM", "Roadmap 2024-2025"
    if _CODE.fullmatch(words[0]):
        return False  # "A4", "Q3", "AP42 Integriteit", "IIb": a code, size or numbered item
    connectors = language.organisation_connectors()
    if words[-1].casefold() in connectors or words[0].casefold() in _label_words(language):
        return False  # "Ministerie van", "Aanwezig Maarten van der Veen"
    if _person_like(words, language):
        return False
    if "/" in text or ";" in text:  # "Dennis/Frank", "Fronteers; voorzitter ALV": two things
        return False
    roles = {r.casefold() for r in language.people.get("roles", [])}
    if words[0].casefold() in roles:  # "Staatssecretaris Alexandra"
        return False
    return len(words) <= 8 and not text.endswith(("-", ",")) and not _thing(words, language)


def _listed(text: str, language: LanguageData) -> bool:
    """A name or alias of the gazetteer (``D66``, ``50PLUS``)."""
    forms = language.compiled(
        "gazetteer_forms",
        lambda lang: {_key(f) for o in lang.organisations for f in (o.name, *o.aliases)},
    )
    return _key(text) in forms


def _slash_parts(form: str) -> list[tuple[int, str]]:
    """``OCW/DUO`` → [(0, "OCW"), (4, "DUO")]; a form without a slash is its own part."""
    out, pos = [], 0
    for part in form.split("/"):
        if part.strip():
            out.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos += len(part) + 1
    return out


def _thing(words: list[str], language: LanguageData) -> bool:
    """``OGC API``, ``API Design Rules``, ``Inleidend Document``, ``API Strategie``: the name of a
    standard, product or document (its last word says so, unless an organisation word opens it:
    ``Kennisplatform APIs``; or a technique opens it and no organisation word follows)."""
    heads = {w.casefold() for w in language.people.get("thing_words", [])}
    openers = {w.casefold() for w in language.people.get("thing_openers", [])}
    org_words = {w.casefold() for w in language.people.get("organisation_words", [])}
    last = words[-1].split("-")[-1].casefold()
    first = words[0].split("-")[0].casefold()
    parts = re.split(r"[\s-]+", " ".join(words))
    if first in openers and len(parts) > 1:  # "API-Kennisplatform" is a body
        return not any(w.casefold() in org_words for w in parts[1:])
    return last in heads and words[0].casefold() not in org_words


_DEBRIS = re.compile(
    r"@|://|www\.|\]|\[|\)\(|\(|\)|^\W|\.(?:nl|com|org|md)\b|%[0-9A-F]{2}|_"
)  # e-mail, URL, link, file name ("Werkgroep%20API", "NORA_Afspraken.md")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{0,3}\.?")
_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}|[IVX]{1,4}[a-z]|\d[xX]{2}")  # "4XX": a status
_DATE_WORD = re.compile(r"(?<![\w-])\d[\d./:-]*(?![\w-])")


def _bodies_by_kind(
    session: SessionDoc, found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """``gemeente Breda``, ``provincie Utrecht``, ``waterschap Vallei en Veluwe``: a kind of public
    body and a place name is an organisation even when no gazetteer lists it."""
    kinds: dict[str, str] = session.language.people.get("organisation_kinds", {})
    if not kinds:
        return []
    alt = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?i:{alt})[ \t]+((?:[A-Z][\w'’-]+)(?:[ \t]+(?:(?:en|aan|op|de|den)[ \t]+)?"
        rf"[A-Z][\w'’-]+)?)"  # on one line: "Stichting Buurtkracht" above "Aanwezigen" is one
    )
    covered = Spans((s, e) for s, e, _f, _i in found)
    out = []
    for m in pattern.finditer(session.text):
        if m.start() in covered:
            continue
        word = m.group(0).split()[0]
        form = f"{word[:1].upper()}{word[1:].casefold()} {m.group(1)}"
        out.append((m.start(), m.end(), form, ""))
    return out


def _cued_bodies(
    session: SessionDoc,
    found: list[tuple[int, int, str, str]],
    common: set[str],
    names: set[str],
    heads: set[str],
) -> list[tuple[int, int, str, str]]:
    """``een bijeenkomst bij Lost Boys``, ``gehost door Incentro``, ``Acme sponsort``: a name right
    after a word that introduces an organisation (``organisation_cues``) or right before one that
    says it acts as a body (``organisation_after_cues``), or joined with ``,``/``en`` to such a
    name (``sponsors: Acme, Globex en Initech``), which the NER took for a person, place or thing,
    is an organisation when no first name opens it and it passes the filters of any statistical
    organisation."""
    language = session.language
    cue = language.compiled("organisation_cues", _organisation_cue)
    after = language.compiled("organisation_after_cues", _organisation_after_cue)
    if cue is None and after is None:
        return []
    text = session.text
    covered = Spans((s, e) for s, e, _f, _i in found if s >= 0)
    out: list[tuple[int, int, str, str]] = []
    last_end = -1  # where the last cued name ended: a list may go on from there
    for ent in session.features.entities:
        if category(ent.label) not in (PERSON, LOCATION, MISC) or ent.ent_id:
            continue
        if ent.start in covered:
            continue
        form = _compound_head(_trim(ent.text))
        end = ent.start + len(form)
        listed = last_end >= 0 and bool(_LIST_GAP.fullmatch(text[last_end : ent.start]))
        before = bool(cue and cue.search(text[max(0, ent.start - 30) : ent.start]))
        behind = bool(after and after.match(text[end : end + 30]))
        if not (before or behind or listed):
            continue
        one_word = " " not in form
        if category(ent.label) == LOCATION and one_word and not _not_a_place(form, text, end):
            continue  # "bij Londen": a place
        if _cued_name(ent, form, common, names, heads, language):
            out.append((ent.start, end, form, ""))
            last_end = end
    return out


_DOMAIN = re.compile(r"[A-Z][\w-]+\.(?:nl|com|org|net|io|be|eu)")


def _cued_domain(session: SessionDoc, start: int, form: str) -> bool:
    """``gehouden bij Info.nl``: a capitalised web address after an organisation cue names the
    company (a lower-case ``fronteers.nl`` or one after ``op``/``via`` is a website)."""
    cue = session.language.compiled("organisation_cues", _organisation_cue)
    return bool(
        cue and _DOMAIN.fullmatch(form) and cue.search(session.text[max(0, start - 30) : start])
    )


# between two names of one list: "Acme, Globex en Initech", "Acme & Globex"
_LIST_GAP = re.compile(r"\s*(?:,|&|\ben\b|\band\b|,\s*en\b)\s*")
# a place is what one is in, comes from or goes to
_PLACE_PREPOSITIONS = r"(?:in|uit|naar|te|nabij|rond|richting|buiten|vanuit|door)"


def _not_a_place(word: str, text: str, end: int) -> bool:
    """A one-word name the NER took for a place is a body when its shape is no place's
    (``Seats2Meet``, ``MoneyBird``: digits or capitals inside), the text places it
    (``bij Incentro in Rotterdam``, ``bij Regardz op Amsterdam CS``) or meets at it twice
    (``bij Acme``), unless the text also writes it as a place (``in Utrecht``)."""
    name = re.escape(word)
    if re.search(rf"(?<![\w-]){_PLACE_PREPOSITIONS}\s+(?:het\s+)?{name}(?![\w-])", text):
        return False
    inner = word[2:] if word.startswith("IJ") else word[1:]
    if any(c.isupper() or c.isdigit() for c in inner):
        return True
    if len(re.findall(rf"(?<![\w-])bij\s+{name}(?![\w-])", text)) >= 2:
        return True
    return bool(re.match(r"\s+(?:in|te|op)\s+[A-Z]", text[end : end + 30]))


def _cued_name(
    ent: Entity, form: str, common: set[str], names: set[str], heads: set[str],
    language: LanguageData,
) -> bool:
    """A cued name is a body when it is no person's (no first name, no initials, no possessive)
    and it passes the filters of a statistical organisation."""
    words = form.split()
    if not words or re.split(r"[-'’]", words[0])[0] in first_names():
        return False
    if _person_like(words, language):
        return False
    if form.isupper() and len(form) <= 3 or form.endswith(("'s", "’s")):
        return False  # "JK": initials; "Koch's": a person's
    return (
        _plausible(form, language)
        and _proper(ent, form, common, language)
        and not _name_compound(form, names, heads)
    )


def _cue_alternation(language: LanguageData, key: str) -> str | None:
    """The cue phrases of ``key`` as one alternation, longest first (any run of whitespace
    between their words), or None when the list is empty."""
    cues = sorted(language.people.get(key, []), key=len, reverse=True)
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) or None


def _organisation_cue(language: LanguageData) -> re.Pattern[str] | None:
    """A text that ends with an ``organisation_cues`` word (and an article), or None."""
    alt = _cue_alternation(language, "organisation_cues")
    return alt and re.compile(rf"(?<![\w-])(?:{alt})\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


def _organisation_after_cue(language: LanguageData) -> re.Pattern[str] | None:
    """A text that opens with an ``organisation_after_cues`` word, or None."""
    alt = _cue_alternation(language, "organisation_after_cues")
    return alt and re.compile(rf"\s+(?:{alt})(?![\w-])", re.IGNORECASE)


def _legal_form_bodies(
    session: SessionDoc, found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """``Frontlab B.V.``, ``Acme GmbH``: a capitalised name before a legal form
    (``legal_forms``) is a company, whatever the NER took it for."""
    forms = sorted(session.language.people.get("legal_forms", []), key=len, reverse=True)
    if not forms:
        return []
    alt = "|".join(re.escape(f) for f in forms)
    pattern = re.compile(
        rf"(?<![\w.-])((?:[A-Z][\w&'’-]*\s+){{0,3}}[A-Z][\w&'’-]*)\s+(?:{alt})(?![\w])"
    )
    covered = Spans((s, e) for s, e, _f, _i in found if s >= 0)
    known = first_names()
    out = []
    for m in pattern.finditer(session.text):
        name = m.group(1)
        if m.start() in covered or name.split()[0] in known:
            continue
        if _plausible(name, session.language):
            out.append((m.start(), m.end(), m.group(0), ""))
    return out


_COMPOUND = re.compile(r"([A-Z][A-Z0-9&]{1,9})-[a-z]\w+")  # "W3C-lidmaatschap"


def _compound_head(form: str) -> str:
    """``W3C-lidmaatschap`` names W3C: an acronym joined to a common noun."""
    m = _COMPOUND.fullmatch(form)
    return m.group(1) if m else form


def _names_here(session: SessionDoc, ent: Entity, common: set[str], reg: _Registry) -> bool:
    """A one-word gazetteer alias that is also a word (``Financiën`` for the ministry) names the
    organisation only mid-sentence in its capitalised form, never where the text also uses it
    as a word or where it opens a line (a heading ``## Financiën``)."""
    text = ent.text
    org = reg.gazetteer.get(ent.ent_id)
    if " " in text or text.isupper() or org is None or text.casefold() == org.name.casefold():
        return True
    if any(c.isupper() for c in text[1:]):  # "JenV", "RvIG"
        return True
    if text.casefold() in common:
        return False
    line_start = session.text.rfind("\n", 0, ent.start) + 1
    before = session.text[line_start : ent.start]
    return bool(re.sub(r"[\s#*_>•\d.)-]+", "", before))


def _label_words(language: LanguageData) -> set[str]:
    """Words that open a minutes line (attendance labels, agenda words): never an org name."""
    att = language.people.get("attendance", {})
    words = [*att.get("present", []), *att.get("absent", []), *att.get("members", [])]
    words += list(att.get("roles", {})) + list(language.people.get("line_labels", []))
    return {w.split()[0].casefold() for w in words if w}


def _first_name_led(form: str, language: LanguageData) -> bool:
    """``Jan Jansen ICT`` opens with a first name: a person; ``Johan Cruijff Foundation`` and
    ``Ernst & Young`` carry an organisation word or an ampersand: organisations named after
    people."""
    words = form.split()
    if len(words) < 2 or words[0] not in first_names():
        return False
    org_words = {w.casefold() for w in language.people.get("organisation_words", [])}
    return "&" not in words and not any(w.casefold() in org_words for w in words[1:])


def _person_like(words: list[str], language: LanguageData) -> bool:
    """``Ron Rozendaal``, ``Lucía``: a first name, alone or before a surname."""
    known = first_names()
    if words[0] not in known:
        return False
    if len(words) == 1:
        return True
    if len(words) == 3 and words[1] in ("&", "en") and words[2] in known:
        return True  # "Han & Maarten": two people
    org_words = {w.casefold() for w in language.people.get("organisation_words", [])}
    rest = words[1:]
    return len(rest) <= 3 and all(
        w[:1].isupper()
        and not w.isupper()
        and w.casefold() not in org_words
        or w.casefold() in language.organisation_connectors()
        for w in rest
    )


def organisations(session: SessionDoc) -> OrgIndex:
    """The organisations named in the session, and where (``index.organisations()``)."""
    language = session.language
    reg = _Registry(language)
    found: list[tuple[int, int, str, str]] = []  # (start, end, form, gazetteer id)
    common = _common_words(session)
    names = _capitalised_words(session) - common
    heads = common | language.name_words("compound_heads")
    words = sorted(language.people.get("honorifics", []), key=len, reverse=True)
    honorific = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\s+$", re.IGNORECASE)
    person_parts = _person_parts(session)
    person_starts: set[int] = set()  # NER organisations that a person's name by shape
    for ent in session.features.entities:
        if category(ent.label) != ORGANISATION:
            continue
        if ent.ent_id:
            if not _names_here(session, ent, common, reg):
                continue
            found.append((ent.start, ent.end, ent.text, ent.ent_id))
            continue
        form = _compound_head(_trim(ent.text))
        if honorific.search(session.text[max(0, ent.start - 20) : ent.start]):
            continue  # "de heer Beertema": a person the NER took for an organisation
        if _versioned(session.text, ent.start + len(form)):
            continue  # "ADR 2.0", "SMP 2.0": a standard in a version, not a body
        if (
            _surname(session.text, ent.start, form, language)
            or form in person_parts
            or _among_people(session.text, ent.start, ent.end, form, language)
        ):  # "Wim van Iersel"; "Vasilis" where the text names "Vasilis van Gemert"; a list
            person_starts.add(ent.start)  # of people: kept for the people extractor, pruned
        if _cued_domain(session, ent.start, form):  # "gehouden bij Info.nl": a company
            found.append((ent.start, ent.start + len(form), form, ""))
            continue
        shift = _after_person(form, language)  # "Valerio Como van Developer Italia"
        form = form[shift:]
        for off, part in _slash_parts(form):  # "OCW/DUO": two organisations
            off += shift
            if (
                _plausible(part, language)
                and _proper(ent, part, common, language)
                and not _name_compound(part, names, heads)
            ):
                found.append((ent.start + off, ent.start + off + len(part), part, ""))
    bodies = _bodies_by_kind(session, found)
    inside = Spans((s, e) for s, e, _f, _i in bodies)
    found = [f for f in found if f[0] < 0 or f[0] not in inside or f[3]]  # "Emmen" of it
    named = {_key(form.split(None, 1)[1]): form for _s, _e, form, _i in bodies}
    bare = {
        form: named[_key(form)]
        for s, _e, form, i in found
        if not i and _key(form) in named and s not in person_starts
    }
    found = [
        (s, e, bare.get(form, form) if not i and s not in person_starts else form, i)
        for s, e, form, i in found
    ]
    found.extend(bodies)
    found.extend(_cued_bodies(session, found, common, names, heads))
    found.extend(_legal_form_bodies(session, found))
    for seg in session.segments:
        if seg.speaker:  # party in a turn header: "De heer Alkaya (SP)"
            m = _PARTY.search(seg.speaker)
            if m and (_plausible(m.group(1), language) or _listed(m.group(1), language)):
                found.append((-1, -1, m.group(1), ""))  # "(D66)" looks like a code
    # the first mention decides the order; header parties count where their turn starts
    found.sort(key=lambda f: f[0] if f[0] >= 0 else 0)
    header_lines = {
        m.group(1): seg.line
        for seg in session.segments
        if seg.speaker and (m := _PARTY.search(seg.speaker))
    }
    for start, end, form, ent_id in found:
        line = session.line_of(start) if start >= 0 else header_lines.get(form, 0)
        oid = reg.add(form, line, (start, end) if start >= 0 else None, ent_id)
        if ent_id or start < 0:
            reg.trusted.add(oid)
        reg.person_like[oid] = reg.person_like.get(oid, 0) + (start in person_starts)
    for form, body in bare.items():  # "Trivium" after "Schoolbestuur Trivium": the same body
        if (oid := reg.index.lookup(body)) is not None:
            reg.alias(oid, form)
    # definitions in the text make an acronym an alias of the full name
    for m in _DEFINITION.finditer(session.text):
        full, acro = m.group(1).strip(), m.group(2)
        oid = reg.index.by_form.get(_key(full)) or reg.index.by_form.get(_key(acro))
        if oid and _initials_fit(full, acro):
            reg.alias(oid, acro)
    # merge entries that are the same organisation under a defined acronym
    for oid, org in list(reg.entries.items()):
        target = reg.index.by_form.get(_key(org.name), oid)
        if target != oid and target in reg.entries:
            into = reg.entries[target]
            into.mentions += org.mentions
            into.lines = sorted(set(into.lines) | set(org.lines))[:MAX_LINES]
            reg.alias(target, org.name)
            del reg.entries[oid]
    _alias_bare_names(reg)
    for org in reg.entries.values():
        org.aliases.sort(key=str.casefold)
    return reg.index


_FULL_NAME = re.compile(
    rf"(?<![\w-])([A-Z][a-zà-ÿ'’-]+)\s+{_PARTICLES_RE}([A-Z][a-zà-ÿ'’-]+)(?![\w-])"
)


_NAME_END = re.compile(r"[A-Z][\w'’-]*\s+$")


def _after_name(text: str, pos: int) -> bool:
    """Whether a capitalised word ends right before ``pos`` (``Steve`` before ``Liang``)."""
    return bool(_NAME_END.search(text, max(0, pos - 30), pos))


_NAME_OF_BODY = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ'’-]+)\s+(?:[a-z]{1,3}\s+){0,2}([A-Z][a-zà-ÿ'’-]+)\s+"
    r"(?:van|namens|bij)\s+(?:de\s+|het\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)


def _person_parts(session: SessionDoc) -> set[str]:
    """First and last words of the names the text writes as a person's (``Vasilis van Gemert``:
    a word, a name particle, a word; ``Larissa Zegveld van Forum Standaardisatie``: two words and
    a known organisation): the same word alone, tagged as an organisation, is that person, unless
    it is an organisation's word (``Kamer van Koophandel``)."""
    language = session.language
    org_words = {w.casefold() for w in language.people.get("organisation_words", [])}
    known = language.org_by_alias()
    parts: set[str] = set()
    for m in _NAME_OF_BODY.finditer(session.text):  # "Larissa Zegveld van Forum Standaardisatie"
        first, last, body = m.group(1), m.group(2), m.group(3)
        if _after_name(session.text, m.start()):
            continue
        if body.casefold() not in known and body.split()[0].casefold() not in known:
            continue
        if not any(w.casefold() in org_words or w.casefold() in known for w in (first, last)):
            parts.update((first, last))
    for m in _FULL_NAME.finditer(session.text):
        first, last = m.group(1), m.group(2)
        if _after_name(session.text, m.start()):
            continue  # "Steve Liang van Sensorup": a person of an organisation
        if any(w.casefold() in org_words or w.casefold() in known for w in (first, last)):
            continue
        if first in first_names() or not _common_shape([first], language):
            parts.update((first, last))
    return parts


_NEXT_PERSON = re.compile(r"\s*(?:,|\ben\b)\s*([A-Z][a-zà-ÿ'’-]+)\s+[A-Z]")
_PREV_PERSON = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ'’-]+)\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][a-zà-ÿ'’-]+\s*(?:,|\ben\b)\s*$"
)


def _among_people(text: str, start: int, end: int, form: str, language: LanguageData) -> bool:
    """``Charis Rooda`` in ``PPK, Charis Rooda, Isaac Andela, Matijs Brinkhuis``: a two- or
    three-word name in a list next to a first name and surname is a person too."""
    words = form.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    org_words = {w.casefold() for w in language.people.get("organisation_words", [])}
    if any(w.casefold() in org_words for w in words) or form.casefold() in language.org_by_alias():
        return False
    after = _NEXT_PERSON.match(text, end)
    before = _PREV_PERSON.search(text, max(0, start - 60), start)
    return any(m and m.group(1) in first_names() for m in (after, before))


_VERSION = re.compile(r"\s*(?:v(?:ersie)?\s*)?\d+(?:\.\d+)+(?!\w|\.\d)|\s+versie\s+\d", re.I)


def _versioned(text: str, end: int) -> bool:
    """``ADR 2.0``, ``SMP v1.1``, ``DK versie 3``: a name with a version number is a standard or
    product, not a body."""
    return bool(_VERSION.match(text, end))


_NAME_BEFORE = re.compile(rf"(?<![\w-])([A-Z][a-zà-ÿ'’-]+)\s+{_PARTICLES}$")


def _surname(text: str, start: int, form: str, language: LanguageData) -> bool:
    """``Wim van Iersel``, ``Hedwyg van Groenendaal``: a one- or two-word name right after a
    capitalised word and a name particle is a surname, unless that word is an organisation's
    (``Kamer van Koophandel``, ``Hogeschool van Amsterdam``) or opens sentences (``Verslag``)."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if not m or len(form.split()) > 2 or form.isupper() or _after_name(text, m.start(1)):
        return False  # "Steve Liang van Sensorup": a full name, then the organisation
    word = m.group(1)
    org_words = {w.casefold() for w in language.people.get("organisation_words", [])}
    if word.casefold() in org_words or word.casefold() in language.org_by_alias():
        return False
    if any(w.casefold() in org_words for w in form.split()):
        return False
    return word in first_names() or not _common_shape([word], language)


def _alias_bare_names(reg: _Registry) -> None:
    """``Frontlab B.V.`` is also ``Frontlab``: the name without its legal form is an alias."""
    forms = reg.language.people.get("legal_forms", [])
    for oid, org in reg.entries.items():
        for legal in forms:
            if org.name.endswith(" " + legal):
                reg.alias(oid, org.name[: -len(legal)].strip())


def _trim(text: str) -> str:
    """An entity ends at a line break (segments are separate paragraphs) and loose punctuation."""
    return re.split(r"\s*\n", text, maxsplit=1)[0].strip(" .,;:&|-*'\"")


def _common_words(session: SessionDoc) -> set[str]:
    """Words the text also writes in lower case mid-sentence: common nouns, not names."""
    t = session.tokens
    return {
        w for i, w in enumerate(t.lower) if t.is_lower[i] and t.alpha[i] and not t.sent_start[i]
    }


_PERSON_VAN = re.compile(
    r"((?:[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})"
    r"\s+(?:van|bij|namens)\s+(?:de\s+|het\s+)?(?=[A-Z])"
)


def _after_person(form: str, language: LanguageData) -> int:
    """Where the organisation starts in ``Valerio Como van Developer Italia``: a person's name
    and ``van``/``bij`` before it, which the NER took in (0 when the form opens with no name)."""
    m = _PERSON_VAN.match(form)
    if not m:
        return 0
    words = m.group(1).split()
    org_words = {w.casefold() for w in language.people.get("organisation_words", [])}
    known = language.org_by_alias()
    if any(w.casefold() in org_words or w.casefold() in known for w in words):
        return 0  # "Kennisplatform Architectuur van …", "Logius Standaarden van …"
    if words[0] in first_names() or len(words) == 2 and not _common_shape(words, language):
        return m.end()
    return 0


def _common_shape(words: list[str], language: LanguageData) -> bool:
    """Words that open titles and sentences (``Verslag``, ``Rapport``) are no first names."""
    not_names = {w.casefold() for w in language.people.get("not_names", [])}
    return words[0].casefold() in not_names or words[0].casefold() in LanguageData.stopwords()


def _capitalised_words(session: SessionDoc) -> set[str]:
    """Words the text writes capitalised (case-folded)."""
    t = session.tokens
    return {w for i, w in enumerate(t.lower) if t.alpha[i] and not t.is_lower[i]}


def _name_compound(form: str, names: set[str], common: set[str]) -> bool:
    """``Fronteerswerk``, ``Twittergebruik``: one word made of a name the text uses on its own
    (and never in lower case) and a common noun it also writes alone, is a compound noun, not an
    organisation."""
    word = form.casefold()
    if " " in form or "-" in form or form.isupper():
        return False
    return any(
        word[:i] in names and word[i:] in common for i in range(3, len(word) - 2)
    )


def _proper(ent: Entity, form: str, common: set[str], language: LanguageData) -> bool:
    """A statistical ORG must look like a name: no loose lower-case words, no bare numbers, and a
    single word must be an acronym or a proper noun the text never writes in lower case
    (``Vertegenwoordigers`` at a sentence start, ``Status`` in a table, are not)."""
    words = form.split()
    if not words or "|" in form:
        return False
    connectors = language.organisation_connectors()
    if any(w[:1].islower() and w.casefold() not in connectors for w in words):
        return False
    if any(w.isdigit() for w in words):  # "Blok 2", "Agendapunt 3"
        return False
    if len(words) == 1 and not form.isupper():
        return ent.first_pos not in ("NOUN", "ADJ", "VERB", "ADV") and form.casefold() not in common
    return True


def _initials_fit(full: str, acro: str) -> bool:
    """``VH`` fits ``Vereniging Hogescholen``: the acronym's letters start words, in order."""
    letters = [c for c in acro.upper() if c.isalpha()]
    words = [w for w in re.split(r"[\s-]+", full) if w]
    initials = "".join(w[0].upper() for w in words)
    it = iter(initials)
    return len(letters) >= 2 and all(c in it for c in letters)
