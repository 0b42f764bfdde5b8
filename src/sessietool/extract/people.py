"""A registry of the people in one session: one entry per person, whatever form the text uses."""

from __future__ import annotations

import re
from collections.abc import Callable
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
    on_change: Callable[[PersonRecord], None] | None = field(
        default=None, repr=False, compare=False)

    def add_form(self, form: str) -> None:
        if form and person_key(form) != person_key(self.name) and form not in self.forms:
            self.forms.append(form)
            if self.on_change is not None:
                self.on_change(self)


class People:
    """Finds or creates the record a name form refers to (full name, surname, first name)."""

    def __init__(self, language: LanguageData) -> None:
        self.language = language
        self.records: list[PersonRecord] = []
        # Indexes (key -> {record position: record}) kept up to date as records change, so a
        # lookup does not scan every record (quadratic in a transcript with many speakers).
        self._by_key: dict[str, dict[int, PersonRecord]] = {}
        self._by_first: dict[str, dict[int, PersonRecord]] = {}
        self._by_surname: dict[str, dict[int, PersonRecord]] = {}
        self._single: dict[str, dict[int, PersonRecord]] = {}
        self._by_tail: dict[str, dict[int, PersonRecord]] = {}  # the name after its initials
        self._position: dict[int, int] = {}
        self._entries: dict[int, list[tuple[dict[str, dict[int, PersonRecord]], str]]] = {}

    def _keys(self, rec: PersonRecord) -> set[str]:
        return {person_key(rec.name), *(person_key(f) for f in rec.forms)}

    def _index(self, rec: PersonRecord) -> None:
        """(Re)enter ``rec`` in the indexes (called when it is added, renamed or gains a form)."""
        pos = self._position.setdefault(id(rec), len(self._position))
        for table, key in self._entries.pop(id(rec), []):
            table[key].pop(pos, None)
        entries = [(self._by_key, k) for k in self._keys(rec)]
        entries.append((self._by_first, (given_name(rec.name, self.language) or "").casefold()))
        if len(rec.name.split()) > 1:
            entries += [(self._by_surname, k) for k in surname_keys(rec.name, self.language)]
        else:
            entries.append((self._single, person_key(rec.name)))
        words = rec.name.split()
        if len(words) >= 3 and _INITIALS.fullmatch(words[0]):  # "K. Ben Haddou" → "ben haddou"
            entries.append((self._by_tail, person_key(" ".join(words[1:]))))
        for table, key in entries:
            table.setdefault(key, {})[pos] = rec
        self._entries[id(rec)] = entries
        rec.on_change = self._index

    @staticmethod
    def _found(table: dict[str, dict[int, PersonRecord]], key: str) -> list[PersonRecord]:
        """The records under ``key``, in the order they were added."""
        return [rec for _pos, rec in sorted(table.get(key, {}).items())]

    def find(self, form: str) -> PersonRecord | None:
        key = person_key(form)
        same = self._found(self._by_key, key)
        if same:
            return same[0]
        words = form.split()
        after = self._found(self._by_tail, key) if len(words) >= 2 else []
        if len(after) == 1:  # "El Khatib", "Ben Haddou" for S. El Khatib, K. Ben Haddou
            return after[0]
        if len(words) == 1:
            by_first = self._found(self._by_first, key)
            if len(by_first) == 1:
                return by_first[0]
        # "Van Vroonhoven" or, without its particles, "Vroonhoven" for Merel van Vroonhoven
        by_surname = self._found(self._by_surname, key)
        if len(by_surname) == 1 and (len(words) > 1 or words[0][:1].isupper()):
            return by_surname[0]
        # "Martin vder Plas", "Martin vd Plas" for Martin van der Plas: the same first name and
        # surname, the particles written short
        # (or "L. Rutte", "M. vden Brink": an initial for the first name)
        initial = _INITIAL.fullmatch(words[0])
        first = initial.group(1) if initial else given_name(form, self.language)
        if len(words) > 1 and first and (initial or len(words) > 2):
            bare = min(surname_keys(form, self.language), key=len)
            same = [
                r
                for r in self._found(self._by_surname, bare)
                if _same_first(given_name(r.name, self.language) or "", first)
            ]
            if len(same) == 1:
                return same[0]
        # "Joost F.", "Martin vd P": a first name and the initial of the surname
        tail = _SURNAME_INITIAL.fullmatch(words[-1]) if len(words) > 1 and not initial else None
        if tail:
            letter = tail.group(1).casefold()
            same = [
                r
                for r in self._found(self._by_first, words[0].casefold())
                if len(r.name.split()) > 1
                and min(surname_keys(r.name, self.language), key=len).startswith(letter)
            ]
            if len(same) == 1:
                return same[0]
        # a full name whose first name or surname alone was seen before: upgrade that record
        if len(words) > 1:
            first = (given_name(form, self.language) or "").casefold()
            last = surname(form, self.language)
            # the short form must be this first name, or the new form must start with a first name
            short = {id(r): r for r in self._found(self._single, first)}
            if words[0] in first_names():
                short.update((id(r), r) for r in self._found(self._single, last))
            if len(short) == 1:
                rec = next(iter(short.values()))
                rec.add_form(rec.name)
                rec.name = form
                self._index(rec)
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
            self._index(rec)
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


_INITIAL = re.compile(r"([A-Z])\.")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_SURNAME_INITIAL = re.compile(r"([A-Z])\.?")


def _same_first(given: str, first: str) -> bool:
    """``Laura`` fits ``Laura`` and the initial ``L``."""
    if len(first) == 1:
        return given[:1] == first
    return given.casefold() == first.casefold()


def _unique(base: str, used: set[str]) -> str:
    pid, n = base, 2
    while pid in used:
        pid, n = f"{base}-{n}", n + 1
    used.add(pid)
    return pid
