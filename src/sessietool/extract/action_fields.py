"""The fields of an action point beyond its text: owners, due date, status, list number.

Owners resolve to speaker and organisation ids (a first name to the attendee who has it), group
words ("allen", "TO-leden") stay as written, and nothing else counts: a lower-case word such as
``poc`` is never an owner. A due date is never before the meeting unless its year is written.
"""

from __future__ import annotations

import datetime as dt
import re

from ..language import LanguageData
from ..summary import DateMention, Organisation, Person, Speaker

_EXPLICIT_YEAR = re.compile(r"(?:19|20)\d{2}|['’]\d{2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b")
_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][\w.'’-]*$")
_DAY_BEFORE = re.compile(r"(?<![\d/.-])\d{1,2}\.?\s+$")
_SPLIT_OWNERS = re.compile(r"\s*(?:,|;|/|&|\+|\ben\b|\bi\.?s\.?m\.?\b)\s*", re.IGNORECASE)


def _offices(
    speakers: list[Speaker | Person], articles: str
) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Offices held by exactly one attendee (``wethouder`` → ``e-visser``), and the pattern of
    ``de wethouder`` that names them."""
    holders: dict[str, set[str]] = {}
    for s in speakers:
        role = (getattr(s, "role", None) or "").casefold().split(",")[0].strip()  # "x, punt 2"
        if role and isinstance(s, Speaker):
            holders.setdefault(role, set()).add(s.id)
    offices = {r: next(iter(ids)) for r, ids in holders.items() if len(ids) == 1}
    if not offices:
        return {}, None
    alternation = "|".join(map(re.escape, sorted(offices, key=len, reverse=True)))
    return offices, re.compile(rf"{articles}\s+({alternation})(?![\w-])", re.IGNORECASE)


def _words(language: LanguageData, key: str) -> list[str]:
    return [str(w) for w in language.actions.get(key, [])]


class Owners:
    """Resolves owner words to speaker ids, organisation ids, or a group word as written."""

    def __init__(
        self, speakers: list[Speaker | Person], orgs: list[Organisation], language: LanguageData
    ):
        self.table: dict[str, str] = {}
        self.people = frozenset(s.id for s in speakers)
        for s in speakers:
            for form in (s.name, *s.aliases):
                self.table.setdefault(form.casefold(), s.id)
        for o in orgs:
            for form in (o.name, *o.aliases):
                self.table.setdefault(form.casefold(), o.id)
        self.particles = language.action_words("name_particles")
        for s in speakers:  # first and last names after the full forms, first come first
            parts = s.name.split()
            for form in (parts[-1], parts[0]):  # "De Linde" has no first name "De"
                if len(form) > 1 and form.casefold() not in self.particles:
                    self.table.setdefault(form.casefold(), s.id)
        self.groups = sorted(
            (g.casefold() for g in _words(language, "group_owners")), key=len, reverse=True
        )
        suffixes = "|".join(map(re.escape, _words(language, "group_owner_suffixes"))) or r"(?!x)x"
        articles = language.action_word_pattern("determiners").pattern
        self.group_noun = re.compile(rf"{articles}\s+([\w-]*(?:{suffixes}))\b", re.IGNORECASE)
        forms = sorted((f for f in self.table if f), key=len, reverse=True)
        alternation = "|".join(map(re.escape, forms))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])") if forms else None
        self.offices, self.office = _offices(speakers, articles)

    def names_in(self, text: str) -> list[str]:
        """Known people and organisations named in ``text`` (capitalised), in order."""
        if self.pattern is None:
            return []
        out: list[str] = []
        for m in self.pattern.finditer(text.casefold()):
            if _DAY_BEFORE.search(text, 0, m.start()):
                continue  # "(03 Jan. 2023)": a month after its day, not a person
            if text[m.start()].isupper() or not m.group(0)[:1].isalpha():
                oid = self.table[m.group(0)]
                if oid not in out:
                    out.append(oid)
        return out

    def group(self, text: str) -> str | None:
        """A group word (``allen``, ``TO-leden``, ``het bestuur``) in ``text``, without article."""
        low = text.casefold()
        for g in self.groups:
            if g in ("we", "wij"):
                continue
            if re.search(rf"(?<![\w-]){re.escape(g)}(?![\w-])", low):
                return re.sub(r"^(de|het)\s+", "", g)
        m = self.group_noun.search(text)  # "het projectteam", "de stuurgroep"
        return m.group(1).casefold() if m else None

    def subject(self, clause: str) -> list[str]:
        """Owners named in a clause's subject: people, organisations, the one attendee who holds
        an office named (``de wethouder``), or a group word."""
        owners = self.names_in(clause)
        if owners:
            return owners
        if self.office is not None and (m := self.office.search(clause)):
            return [self.offices[m.group(1).casefold()]]
        if held := self.office_named(clause):
            return held
        g = self.group(clause)
        return [g] if g else []

    def office_named(self, text: str) -> list[str]:
        """The one attendee holding the office that ``text`` is (``Secretaris``, ``de scriba``,
        ``wethouder``: an owner cell or a marker's word), else []."""
        low = re.sub(r"^(?:de|het)\s+", "", " ".join(text.casefold().split()).strip(" .:*()"))
        return [self.offices[low]] if low in self.offices else []

    def cell(self, text: str) -> list[str]:
        """Owners of an owner column or a ``(actie Frank)`` marker: each part resolved or kept
        when it looks like a name or a group; words that are neither are dropped."""
        out: list[str] = []
        for part in _SPLIT_OWNERS.split(text.strip(" .:()<>*")):
            part = part.strip(" .:()*")
            if not part:
                continue
            found = self.names_in(part) or self.office_named(part)
            found = found or ([g] if (g := self.group(part)) else [])
            if not found and looks_like_name(part, self.particles):
                found = [part]
            out.extend(f for f in found if f not in out)
        return out


def looks_like_name(text: str, particles: frozenset[str]) -> bool:
    """``Martin vd Plas``, ``FSC core-team``, ``Edwin W``: capitalised, at most five words, the
    lower-case ones name particles (``name_particles`` of the action data)."""
    words = text.split()
    if not 1 <= len(words) <= 5 or not _NAME_WORD.match(words[0]):
        return False
    return all(_NAME_WORD.match(w) or w.casefold() in particles or "-" in w for w in words)


def due_date(
    dates: list[DateMention], lines: set[int], meeting: str | None, within: str | None = None
) -> str | None:
    """The first date on ``lines`` that is not before the meeting; a yearless date before the
    meeting is read as the next year's. With ``within`` (the action's sentence) only a date
    written in it: "per 1 januari" in the sentence before is no deadline of this one."""
    base = dt.date.fromisoformat(meeting) if meeting else None
    sentence = " ".join(within.split()).casefold() if within is not None else None
    for d in dates:
        if d.line not in lines:
            continue
        if sentence is not None and not _deadline_in(" ".join(d.text.split()).casefold(), sentence):
            continue
        try:
            day = dt.date.fromisoformat(d.date)
        except ValueError:
            continue
        if base is None or day >= base:
            return day.isoformat()
        if not _EXPLICIT_YEAR.search(d.text):
            try:
                later = day.replace(year=day.year + 1)
            except ValueError:  # 29 February
                later = day.replace(year=day.year + 1, day=28)
            if later >= base:
                return later.isoformat()
    return None


_REFERENCE = re.compile(r"(?:\bvan|\bd\.d\.|\bdd|\bsinds|\bvanaf|\bgedateerd)\s*$")


def _deadline_in(date: str, sentence: str) -> bool:
    """The date is written in the sentence, and not as a reference (``het verslag van 2 april``,
    ``sinds 1 maart``): that dates something else, it sets no deadline."""
    at = sentence.find(date)
    return at >= 0 and not _REFERENCE.search(sentence[:at])


def status_of(text: str, language: LanguageData) -> str | None:
    """``open`` / ``closed`` for a status cell (``O``, ``G``, ``Gesloten``, ``Afgerond: Ja``,
    ``loopt``), else None."""
    value = re.sub(r"^(?:status|afgerond|o/g)(?:\s*:\s*|\s+)(?=\S)", "", text.strip(" .*?"),
                   flags=re.I)  # "Afgerond: Ja" → ja; "Afgerond" alone is the status
    value = value.casefold()
    vocab = language.actions.get("status", {})
    for status in ("closed", "open"):
        for word in vocab.get(status, []):
            if value == word or re.match(rf"{re.escape(word)}(?![\w-])", value):
                return status
    return None


def is_status(text: str, language: LanguageData) -> bool:
    return status_of(text, language) is not None and len(text.split()) <= 3
