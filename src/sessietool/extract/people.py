"""A registry of the people in one session: one entry per person, whatever form the text uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..language import LanguageData, slugify
from ..summary import Person, Speaker
from .names import first_names, given_name, person_key, surname, surname_keys
from .text import add_line


@dataclass
class PersonRecord:
    name: str
    start: int  # first appearance: char offset in doc.text, for ordering
    forms: list[str] = field(default_factory=list)
    role: str | None = None
    organisation: str | None = None
    turns: int = 0
    words: int = 0
    mentions: int = 0
    lines: list[int] = field(default_factory=list)
    participates: bool = False
    absent: bool = False

    def add_form(self, form: str) -> None:
        if form and person_key(form) != person_key(self.name) and form not in self.forms:
            self.forms.append(form)


class People:
    """Finds or creates the record a name form refers to (full name, surname, first name)."""

    def __init__(self, language: LanguageData) -> None:
        self.language = language
        self.records: list[PersonRecord] = []

    def _keys(self, rec: PersonRecord) -> set[str]:
        return {person_key(rec.name), *(person_key(f) for f in rec.forms)}

    def find(self, form: str) -> PersonRecord | None:
        key = person_key(form)
        for rec in self.records:
            if key in self._keys(rec):
                return rec
        words = form.split()
        if len(words) == 1:
            by_first = [
                r
                for r in self.records
                if (given_name(r.name, self.language) or "").casefold() == key
            ]
            if len(by_first) == 1:
                return by_first[0]
        # "Van Vroonhoven" or, without its particles, "Vroonhoven" for Merel van Vroonhoven
        by_surname = [
            r
            for r in self.records
            if len(r.name.split()) > 1 and key in surname_keys(r.name, self.language)
        ]
        if len(by_surname) == 1 and (len(words) > 1 or words[0][:1].isupper()):
            return by_surname[0]
        # a full name whose first name or surname alone was seen before: upgrade that record
        if len(words) > 1:
            first = (given_name(form, self.language) or "").casefold()
            last = surname(form, self.language)
            # the short form must be this first name, or the new form must start with a first name
            short = [
                r
                for r in self.records
                if len(r.name.split()) == 1
                and (
                    person_key(r.name) == first
                    or (person_key(r.name) == last and words[0] in first_names())
                )
            ]
            if len(short) == 1:
                rec = short[0]
                rec.add_form(rec.name)
                rec.name = form
                return rec
        return None

    def ambiguous(self, form: str) -> bool:
        """A first name alone that two known people share: it names neither of them."""
        key = person_key(form)
        if " " in key:
            return False
        return (
            sum((given_name(r.name, self.language) or "").casefold() == key for r in self.records)
            >= 2
        )

    def get(self, form: str, start: int) -> PersonRecord:
        rec = self.find(form)
        if rec is None:
            rec = PersonRecord(name=form, start=start)
            self.records.append(rec)
        else:
            rec.add_form(form)
            rec.start = min(rec.start, start)
        return rec

    def mention(self, rec: PersonRecord, line: int) -> None:
        rec.mentions += 1
        add_line(rec.lines, line)

    def build(self) -> tuple[list[Speaker], list[Person]]:
        """Speakers (taking part) and people only mentioned, each in order of first appearance."""
        used: set[str] = set()
        speakers: list[Speaker] = []
        mentioned: list[Person] = []
        for rec in sorted(self.records, key=lambda r: r.start):
            pid = _unique(slugify(rec.name), used)
            aliases = sorted({f for f in rec.forms if f != rec.name}, key=str.casefold)
            lines = sorted(rec.lines)
            common = {
                "id": pid,
                "name": rec.name,
                "aliases": aliases,
                "organisation": rec.organisation,
                "mentions": rec.mentions,
                "lines": lines,
            }
            if rec.participates and not rec.absent:
                speakers.append(Speaker(**common, role=rec.role, turns=rec.turns, words=rec.words))
            else:
                mentioned.append(Person(**common))
        return speakers, mentioned


def _unique(base: str, used: set[str]) -> str:
    pid, n = base, 2
    while pid in used:
        pid, n = f"{base}-{n}", n + 1
    used.add(pid)
    return pid
