"""Attendee lists in minutes and reports: ``Aanwezig: A, B``, a ``## Aanwezig`` list, table cells
(``aanwezig A, B | afwezig C``), one person a line (``Naam, Organisatie``), ``Notulist: X``.
Pure text rules over the segments; no NLP needed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ..language import LanguageData
from ..transcript import Segment
from .attendance_columns import Columns, columns, lower_particles, row, tab_columns, tab_row
from .names import first_names, longest_first, looks_like_name, parse_label, particles
from .row_groups import side_by_side
from .text import clean_quotes, squash

# separators between entries; not inside parentheses; ") Name" ends an entry too
_SPLIT = re.compile(
    r"(\s*(?:,|;|\n|\t|\s+en\s+|\s+&\s+|\|)\s*|(?<=\))\s+(?=[A-Z])|(?<=\S) {3,}(?=\S))(?![^()]*\))"
)  # a run of three or more spaces is a column gap: "Jan Jansen      Piet Pietersen"
_LEAD_WORDS = re.compile(r"^[a-z][\w ]{0,40}:\s+(?=[A-Z])")  # lower-case words and a colon
_LEADING_PAREN = re.compile(r"^\(([^()]*)\)\s*")
_COUNT = re.compile(r"^\(?\d+\s+\w+\)?\s*")
_PARENS = re.compile(r"\([^()]*\)")
_INITIAL = re.compile(r"^[A-Z]\.")
_HYPHEN_NAME = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)+")  # "Peter-Paul", not "Enable-U"
_PLAIN_WORD = re.compile(r"[A-Z][a-zà-ÿ'’]+")  # "Reeward": a capitalised word, nothing else
_GLUED = re.compile(r"[A-Z]\.[A-Z][a-zà-ÿ'’-]+")  # "A.Velthuis": an initial glued to a surname
_DOT_ORDER = re.compile(r"^([A-Z][\w'’-]{2,})\.\s+([A-Z][\w'’-]+)$")  # "Fieten. Sander"
# share of the entries of a line that must be names for the line to be a list of people
_NAME_SHARE = 0.6


@dataclass(frozen=True)
class Attendee:
    text: str  # the entry as written, e.g. "Sander Vink (penningmeester)"
    offset: int  # char offset of the entry within its segment's text
    segment: int  # index of the segment
    absent: bool = False
    role: str | None = None  # role given by the label ("Notulist: X")
    member: bool = False  # from a member list ("Leden"): present only if no attendance says so
    programme: bool = False  # from an event's programme ("Sprekers", "Panel"), not an attendance


def _attendee(text: str, offset: int, segment: int, kind: str, **extra: object) -> Attendee:
    """An entry of a list of ``kind`` (present, absent, member, programme, role)."""
    flags = {"absent": kind == "absent", "member": kind == "member"}
    return Attendee(text, offset, segment, **{**flags, "programme": kind == "programme", **extra})


@dataclass(frozen=True)
class _Labels:
    present: list[str]
    absent: list[str]
    members: list[str]
    roles: dict[str, str]
    programme: list[str]
    online: list[str]  # a channel alone ("Webex"): a label only before a list of names
    online_led: list[str]  # a channel after a prefix ("aanwezig via Teams"): a label as any

    def all(self) -> list[str]:
        lists = [self.absent, self.present, self.members, self.roles, self.programme]
        return [w for words in lists for w in words] + self.online_led

    def kind(self, word: str) -> str:
        if word in self.absent:
            return "absent"
        if word in self.present or word in self.online or word in self.online_led:
            return "present"
        if word in self.programme:
            return "programme"
        return "member" if word in self.members else "role"


def _labels(language: LanguageData) -> _Labels:
    att = language.people.get("attendance", {})
    channels = list(att.get("online_channels", []))
    return _Labels(
        present=list(att.get("present", [])),
        absent=list(att.get("absent", [])),
        members=list(att.get("members", [])),
        roles=dict(att.get("roles", {})),
        programme=list(att.get("programme", [])),
        online=channels,
        online_led=[f"{p} {c}" for p in att.get("online_prefixes", []) for c in channels],
    )


@dataclass(frozen=True)
class _Words:
    """A label list, longest first, with each word's case-folded and capitalised forms and the
    pattern of the capitalised form before a capital; ``starts``/``inside`` reject in one search
    the lines no word of the list can match (most lines), so the per-word loops run rarely."""

    ordered: tuple[tuple[str, str, str, re.Pattern[str]], ...]
    starts: re.Pattern[str]  # some folded word opens the (folded) text
    inside: re.Pattern[str]  # some capitalised word stands before a capital

    def __iter__(self) -> Iterator[tuple[str, str, str, re.Pattern[str]]]:
        return iter(self.ordered)


@lru_cache(maxsize=16)
def _longest_first(words: tuple[str, ...]) -> _Words:
    """The label list of ``words`` (built once per list)."""
    pairs, starts = longest_first(words)
    out = []
    for w, fold in pairs:
        cap = w[:1].upper() + w[1:]
        out.append((w, fold, cap, re.compile(rf"(?<![\w-]){re.escape(cap)}\s+(?=[A-Z])")))
    caps = "|".join(re.escape(cap) for _w, _f, cap, _r in out) or "(?!)"
    return _Words(tuple(out), starts, re.compile(rf"(?<![\w-])(?:{caps})\s+(?=[A-Z])"))


def _label(text: str, words: list[str]) -> tuple[str, str] | None:
    """``Aanwezig: A, B`` → ("aanwezig", "A, B"); also heading-only labels (empty rest)."""
    low = text.casefold().strip(" *_#")
    ordered = _longest_first(tuple(words))
    if not ordered.starts.match(low):
        return None
    for w, fold, _cap, _rx in ordered:
        if low.startswith(fold):
            rest = text.strip(" *_#")[len(w) :]
            if not rest.strip(" :*_") or rest.lstrip(" *_").startswith(":"):
                return w, rest.lstrip(" *_").lstrip(":").strip()
            if rest.strip(" :*_").casefold() == w.casefold():  # a two-column table's header
                return w, ""
            head, colon, after = rest.partition(":")
            words = head.split()
            lower = 1 <= len(words) <= 3 and all(w.islower() for w in words)
            if colon and lower and rest[:1] == " ":
                return w, after.strip()  # "Aanwezig bestuur:", "Afwezig met kennisgeving:"
            if rest.startswith((" (", "(")) and ")" in rest:  # "Deelnemers (in volgorde …)"
                after = rest[rest.index(")") + 1 :].lstrip(" :*_")
                return w, after
    return None


def _heading_label(text: str, words: list[str]) -> tuple[str, str] | None:
    """A heading that opens with a label and a few lower-case words: ``Deelnemers aan het
    overleg``, ``Aanwezig bij de vergadering``."""
    stripped = text.strip(" *_#:")
    low = stripped.casefold()
    ordered = _longest_first(tuple(words))
    if not ordered.starts.match(low):
        return None
    for w, fold, _cap, _rx in ordered:
        if low.startswith(fold + " "):
            rest = stripped[len(w) :].split()
            if len(rest) <= 4 and all(r.islower() for r in rest):
                return w, ""
    return None


def _loose_label(text: str, words: list[str], language: LanguageData) -> tuple[str, str] | None:
    """A label followed by a space and a list of names: ``aanwezig A, B`` (a table cell),
    ``… 2021 Aanwezig A, Logius (vz)`` (a PDF heading block)."""
    stripped = text.strip(" *_#")
    low = stripped.casefold()
    ordered = _longest_first(tuple(words))
    for w, fold, _cap, _rx in ordered if ordered.starts.match(low) else ():
        if low.startswith(fold + " "):
            rest = stripped[len(w) :].strip()
            if rest.casefold().startswith(w.casefold() + " "):  # a two-column table's header
                rest = rest[len(w) :].strip()
            if _is_name_list(rest, language):
                return w, rest
    for w, _fold, cap, rx in ordered if ordered.inside.search(stripped) else ():
        if cap not in stripped:  # the pattern needs the word as written: skip the search
            continue
        m = rx.search(stripped)
        if m and m.start() > 0:
            rest = stripped[m.end() :]
            if _is_name_list(rest, language):
                return w, rest
    return None


def _online_label(text: str, labels: _Labels, language: LanguageData) -> tuple[str, str] | None:
    """``Webex: A, B``, ``Skype: Matijs``: a channel alone labels the people who joined through it,
    only when what follows its colon is a list of names (``Teams: de opname staat online`` is
    none)."""
    hit = _label(text, labels.online)
    if hit and hit[1] and ":" in text and _is_name_list(hit[1], language):
        return hit
    return None


def _entries(
    text: str, base: int, language: LanguageData | None = None
) -> Iterator[tuple[str, int, str]]:
    """Entries of a list with their offset and the separator before them; with ``language`` a
    form of address after a bracket opens the next entry too (``Kok (VVD) mw. E. Smit``)."""
    pos, sep = 0, ""
    parts = (_address_split(language) if language else _SPLIT).split(text)
    for k, part in enumerate(parts):
        if k % 2:
            sep = part.strip() or next((c for c in "\n\t" if c in part), " ")
            continue
        idx = text.find(part, pos)
        pos = idx + len(part) if idx >= 0 else pos
        part = _COUNT.sub("", _tidy(part).strip(" .*-_"))
        part = _LEADING_PAREN.sub("", part)
        lead = _LEAD_WORDS.match(part)
        if lead and part[lead.end() :].strip():  # "waaronder het bestuur: Paul Geerts"
            idx, part = idx + lead.end(), part[lead.end() :].strip()
        if part:
            yield part, base + max(idx, 0), sep


def _address_split(language: LanguageData) -> re.Pattern[str]:
    """:data:`_SPLIT` and a form of address after a closing bracket (built once)."""

    def build(lang: LanguageData) -> re.Pattern[str]:
        words = sorted(lang.people.get("honorifics", []), key=len, reverse=True)
        alts = "|".join(re.escape(w) for w in words if w.islower()) or "(?!)"
        after = rf"|(?<=\))\s+(?=(?:{alts})\s)"
        return re.compile(_SPLIT.pattern.replace("|(?<=\\))", after + "|(?<=\\))", 1))

    return language.compiled("attendance-split", build)


_EMPHASIS = re.compile(r"(?<![\w*])([*_]{1,3})(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")


def _tidy(part: str) -> str:
    """An entry as meant: Markdown emphasis dropped (``*Logius*`` → ``Logius``) and its brackets
    balanced (``Anna Bakker ((RVIG)`` → ``Anna Bakker (RVIG)``, ``(RDW`` → ``(RDW)``)."""
    part = _EMPHASIS.sub(r"\2", part)
    while part.count("(") > part.count(")") and "((" in part:
        part = part.replace("((", "(", 1)
    while part.count(")") > part.count("(") and "))" in part:
        part = part.replace("))", ")", 1)
    extra = part.count(")") - part.count("(")
    if extra < 0:
        return part.rstrip() + ")" * -extra
    while extra > 0 and part.rstrip().endswith(")"):
        part, extra = part.rstrip()[:-1], extra - 1
    return part


def _is_person(part: str, language: LanguageData) -> bool:
    """A person's name rather than an organisation: starts with a first name or an initial, or
    is two or more name words with nothing of an organisation (``Heymen Nicolaij``)."""
    words = _name_part(part, language).split()
    if not words or not looks_like_name(" ".join(words), language):
        return False
    if words[0].split("-")[0] in first_names() or _INITIAL.match(words[0]):
        return True
    if _label_word(words[0], language):
        return False  # "Verslag Technisch Overleg": a title, not a person
    return len(words) >= 2 and not _org_signal(words, language)


def _label_word(word: str, language: LanguageData) -> bool:
    """A capitalised word that opens titles and sentences (``Verslag``, ``Het``), not a name
    particle (``De`` of ``De Boer``)."""
    not_names = language.compiled(
        "not_name_words", lambda lang: {w.casefold() for w in lang.people.get("not_names", [])}
    )
    low = word.casefold()
    return low in not_names and low not in particles(language)


def _org_signal(words: list[str], language: LanguageData) -> bool:
    """A word of an organisation's name: an acronym (``RvIG``), a known organisation, a word such
    as ``gemeente`` or ``ministerie``, a number."""
    org_words = language.name_words("organisation_words")
    known = language.compiled(
        "org_alias_words",
        lambda lang: {f.casefold() for o in lang.organisations for f in (o.name, *o.aliases)},
    )
    return any(
        w == "&"  # "Boer & Croon", "Ernst & Young"
        or w.casefold() in org_words
        or w.casefold() in known
        or sum(c.isupper() for c in w) >= 2
        and not _HYPHEN_NAME.fullmatch(w)
        and not _GLUED.fullmatch(w)
        and not _compound_name(w)
        or any(c.isdigit() for c in w)
        for w in words
    )


_APOSTROPHE = re.compile(r"^[^\W\d_]['’](?=[^\W\d_])")  # "D'Souza", "O'Neill"


def _compound_name(word: str) -> bool:
    """``Ömer-Kaya``, ``D'Souza``, ``El-Amrani``: capitalised name parts joined by a hyphen or
    after an apostrophe, each a capital and lower-case letters (``KvK-Noord`` is none)."""
    parts = _APOSTROPHE.sub("", word).split("-")
    return all(len(p) > 1 and p[0].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts)


def _is_org_like(part: str, language: LanguageData) -> bool:
    """``Logius (vz)``, ``RvIG``, ``gemeente Breda``, ``Logius Productiehuis``: an organisation
    after a name, not the next person."""
    words = _name_part(part).split()
    if not words or _is_person(part, language):
        return False
    return len(words) == 1 or _org_signal(words, language)


def _people(text: str, base: int, language: LanguageData) -> list[tuple[str, int]]:
    """The people of one list: ``Naam, Organisatie`` pairs joined, an organisation written after
    several names (``A en B (Org)``) given to each of them."""
    if described := _described(text, base, language):
        return described
    raw = _ampersand_orgs(
        [
            (_dash_org(part, language), off, sep)
            for part, off, sep in _entries(text, base, language)
        ]
    )
    raw = _rejoin_lines(raw, language)
    out: list[tuple[str, int, str]] = []  # (entry, offset, separator before it)
    for k, (part, off, sep) in enumerate(raw):
        name = _name_part(part)
        prev = out[-1] if out else None
        after = raw[k + 1][2] if k + 1 < len(raw) else ""
        if (  # "Bakker, Anna; Smit, Kees", not the last two of "Anna, Kees, Vasilis, Roy"
            prev
            and sep == ","
            and "," not in (after, prev[2])
            and _surname_first(prev[0], part, language)
        ):
            parens = "".join(_PARENS.findall(part))
            given = _without_address(name, language)  # "Hoogland, mw. M." → "M. Hoogland"
            natural = _natural_order(f"{prev[0]}, {_dotted(given)}", language)
            out[-1] = (f"{natural} {parens}".strip(), prev[1], prev[2])
            continue
        if (
            prev
            and sep in (",", "\t", "|")  # "Naam, Organisatie", "Naam<TAB>Organisatie"
            and not _PARENS.search(prev[0])
            and _is_person(prev[0], language)
            and _is_org_like(part, language)
            and name
            and len(name.split()) <= 4
            and name[:1].isupper()
            and not _first_names_only(prev[0], name, language)
        ):
            parens = "".join(_PARENS.findall(part))
            out[-1] = (f"{prev[0]} ({name}){parens}", prev[1], prev[2])
            continue
        out.append((part, off, sep))
    out = [
        (entry, o + part.find(entry.split(" (")[0]) if k else o, sp)
        for part, o, sp in out
        for k, entry in enumerate(_pairs(part, language))
    ]
    with_org = [bool(_org_of(p, language)) for p, _, _ in out]
    share = sum(with_org) / len(out) if out else 0
    result = []
    for k, (part, off, _sep) in enumerate(out):
        if not with_org[k] and not _PARENS.search(part):  # "(voorzitter)" is its own note
            nxt = next((j for j in range(k + 1, len(out)) if with_org[j]), None)
            joined = nxt is not None and all(out[j][2] == "en" for j in range(k + 1, nxt + 1))
            if nxt is not None and (joined or share >= 0.5) and _is_person(part, language):
                part = f"{part} ({_org_of(out[nxt][0], language)})"
        result.append((part, off))
    return _plural_offices(result, language)


def _plural_offices(
    entries: list[tuple[str, int]], language: LanguageData
) -> list[tuple[str, int]]:
    """``wethouders A en B``: an office in the plural gives each of the entries after it the
    office, up to an entry that opens with a word of its own (``griffier C``)."""
    plurals: dict[str, str] = language.people.get("plural_offices", {})
    out, office = [], None
    for part, off in entries:
        first, _, rest = part.partition(" ")
        if first.casefold() in plurals and rest:
            office = plurals[first.casefold()]
            part = f"{office} {rest}"
        elif office and part[:1].isupper():
            part = f"{office} {part}"
        else:
            office = None
        out.append((part, off))
    return out


def _described(text: str, base: int, language: LanguageData) -> list[tuple[str, int]]:
    """``Jan Jansen, beleidsmedewerker, Gemeente Utrecht; Sara Koster, teamleider, Buurtteam
    Noord``: people apart by semicolons, each with a function and an organisation after commas,
    as ``Jan Jansen (beleidsmedewerker)(Gemeente Utrecht)``; [] for any other list."""
    if ";" not in text or "(" in text:
        return []
    out, pos = [], 0
    for chunk in text.split(";"):
        at, pos = pos + len(chunk) - len(chunk.lstrip()), pos + len(chunk) + 1
        parts = [p.strip(" .") for p in chunk.split(",")]
        if len(parts) < 2 or not all(parts) or not _is_person(parts[0], language):
            return []
        out.append((parts[0] + "".join(f" ({p})" for p in parts[1:]), base + at))
    return out if len(out) >= 2 else []


def _rejoin_lines(
    raw: list[tuple[str, int, str]], language: LanguageData
) -> list[tuple[str, int, str]]:
    """``Kees`` / ``Smit (RDW)`` on two lines of a list of full names is one person whose name
    the line broke."""
    full = _mostly_full_names([p for p, _, _ in raw])
    out: list[tuple[str, int, str]] = []
    for part, off, sep in raw:
        prev = out[-1] if out else None
        if prev and sep == "\n" and full and _broken_name(prev[0], part, language):
            out[-1] = (f"{prev[0]} {part}", prev[1], prev[2])
            continue
        out.append((part, off, sep))
    return out


def _mostly_full_names(entries: list[str]) -> bool:
    """At least half the entries are names of two words or more: a list where a lone first name
    is a name the line broke, not a person known by first name."""
    return 2 * sum(len(_name_part(e).split()) >= 2 for e in entries) >= len(entries)


def _broken_name(first: str, rest: str, language: LanguageData) -> bool:
    """A lone first name and, on the next line, the rest of a name: particles or a surname that
    opens with no first name or initial (``van Dam (Kadaster)``, ``Smit``)."""
    words = _name_part(rest).split()
    return (
        first in first_names()
        and bool(words)
        and not _starts_name(words[0])
        and (words[0][:1].isupper() or words[0].casefold() in particles(language))
        and not _label_word(words[0], language)
        and not _org_signal(words, language)
        and len(words) <= 4
        and looks_like_name(f"{first} {' '.join(words)}", language)
    )


def _first_names_only(prev: str, name: str, language: LanguageData) -> bool:
    """``Tom, Vasilis``: after a lone first name, one plain capitalised word that nothing marks as
    an organisation is the next person of a list of first names, not Tom's organisation."""
    return (
        len(prev.split()) == 1
        and len(name.split()) == 1
        and bool(_PLAIN_WORD.fullmatch(name))
        and not _org_signal([name], language)
    )


def _ampersand_orgs(raw: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """``Anna Bakker, Boer & Croon``: after a person and a comma, two capitalised words joined by
    ``&`` (neither a first name) are one organisation named after people, not two people."""
    out: list[tuple[str, int, str]] = []
    for k, (part, off, sep) in enumerate(raw):
        prev = out[-1] if out else None
        if (
            prev
            and sep == "&"
            and k >= 2
            and prev[2] == ","
            and " " in out[-2][0]
            and all(_PLAIN_WORD.fullmatch(w) for w in (prev[0], part))
            and not {prev[0], part} & first_names()
        ):
            out[-1] = (f"{prev[0]} & {part}", prev[1], prev[2])
            continue
        out.append((part, off, sep))
    return out


def _person_cells(seg: Segment, language: LanguageData) -> bool:
    """A header-less table row of two or more cells, each filled one opening with a person
    (``Anna Bakker / Kadaster`` | ``Kees Smit / RDW``): a grid of attendees, one a cell."""
    cells = [c for c in seg.cells if c.strip()]
    return (
        not seg.header
        and len(seg.cells) >= 2
        and bool(cells)
        and all(_is_person(c.split("\n")[0], language) for c in cells)
    )


def _group_org(line: str, language: LanguageData) -> str | None:
    """``Logius:``, ``**Gemeente Utrecht**``: an organisation alone on a line, heading the
    names listed under it."""
    text = line.strip(" *_#:-•\t")
    words = text.split()
    if not words or len(words) > 5 or not text[:1].isupper() or re.search(r"[,/\d]", text):
        return None  # "Agenda/Verslag", "Punt 3": a heading of the minutes, no organisation
    if _is_person(text, language) or _label_word(words[0], language):
        return None
    return text if _org_signal(words, language) else None


_ORG_LINE = re.compile(r"^[\s*•-]*(namens\s+)?([^:]{2,60}?)\s*:\s*(\S.*)$", re.IGNORECASE)


def _org_line(line: str, language: LanguageData, listing: bool) -> tuple[str, str] | None:
    """``namens Waterschap Vallei: A, B`` (anywhere) or, inside an attendee list, ``Gemeente
    Assen: C``: an organisation, a colon and the names of its people: (organisation, names)."""
    m = _ORG_LINE.match(line.replace("**", ""))
    if not m or not (m.group(1) or listing):
        return None
    org = m.group(2).strip(" *_")
    if not m.group(1) and _group_org(org, language) is None:
        return None
    if not org[:1].isupper() and not m.group(1) or not _is_name_list(m.group(3), language):
        return None
    if org.split()[0].casefold() in ("de", "het"):  # "namens de organisatie": no name
        return "", m.group(3)
    return org[:1].upper() + org[1:], m.group(3)


def _surname_first(surname: str, given: str, language: LanguageData) -> bool:
    """``Bakker`` + ``Anna (Kadaster)``, ``Vries`` + ``Piet de``: a surname, a comma, then a
    first name (with the particles of the surname), the form ``Achternaam, Voornaam``."""
    words, first = surname.split(), _without_address(_name_part(given), language).split()
    known = particles(language)
    return (
        bool(words and first)
        and not _PARENS.search(surname)
        and all(w[:1].isupper() or w.casefold() in known for w in words)
        and words[0] not in first_names()
        and not _org_signal(words, language)
        and (first[0].split("-")[0] in first_names() or bool(_INITIALS.fullmatch(first[0])))
        and all(w.casefold() in known for w in first[1:])
    )


def _without_address(given: str, language: LanguageData) -> str:
    """``mw. M.`` → ``M.``: the given part of ``Achternaam, mw. M.`` without its form of
    address or titles."""
    parts = parse_label(given, language)
    return parts.name if parts.honorific and parts.name != given else given


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){0,3}\.?")  # "P.", "J.P.M", "P"; "BD" is an acronym


def _dotted(given: str) -> str:
    """``P`` → ``P.``, ``J.P.M`` → ``J.P.M.``: initials written with their dots."""
    words = given.split()
    if not words or not _INITIALS.fullmatch(words[0]):
        return given
    words[0] = "".join(f"{c}." for c in words[0] if c.isalpha())
    return " ".join(words)


_DASH = re.compile(r"\s+[-–—]\s+")
_LOWER_NOTE = re.compile(r"[a-zà-ÿ][\w'’/-]*(?: [\w'’/-]+){0,3}")  # "bestuur", "lid kascommissie"


def _dash_org(part: str, language: LanguageData) -> str:
    """``Anna Bakker – Kadaster (vz)`` → ``Anna Bakker (Kadaster)(vz)``: a person, a spaced dash,
    then a capitalised organisation of at most six words; ``Joris Bos (Kadaster) – voorzitter``
    → ``Joris Bos (Kadaster) (voorzitter)``: an office after the dash."""
    pieces = _DASH.split(part, maxsplit=1)
    if len(pieces) != 2:
        return part
    name, rest = pieces
    if _is_office(rest.strip(" .,"), language) and _is_person(_PARENS.sub(" ", name), language):
        return f"{name.rstrip()} ({rest.strip(' .,').lower()})"  # "Mila Janssens – notulist"
    org = _name_part(rest)
    if _is_person(name, language) and _LOWER_NOTE.fullmatch(rest.strip()):
        return f"{name} ({rest.strip()})"  # "Jeroen de Wit – appartement 12", "– bestuur"
    if (
        _PARENS.search(name)
        or not _is_person(name, language)
        or not (org[:1].isupper() or any(w[:1].isupper() for w in org.split()[1:]))
        or len(org.split()) > 6
        or _starts_name(org.split()[0])  # "Anna Bakker – Kees Smit": two people
        and not _org_signal(org.split(), language)
    ):
        return part
    org = org[:1].upper() + org[1:]  # "adviesbureau Heuvel": an organisation's name
    return f"{name} ({org}){''.join(_PARENS.findall(rest))}"


def _pairs(part: str, language: LanguageData, paired: bool = False) -> list[str]:
    """``Antoon Bijen JustID Jos van Kester VNG`` → ``Antoon Bijen (JustID)``, ``Jos van Kester
    (VNG)``: a PDF's two-column member table read as one line, split where an organisation word
    is followed by the next person's first name or initial."""
    if _PARENS.search(part):
        return [part]
    words = part.split()
    if not words or not words[0][:1].isupper():
        return [_trailing_org(part, language)]
    plain = _plain_split(words, language)
    for k in range(2, len(words) - 1):
        if not _starts_name(words[0]) or plain is not None and k > plain:
            break  # a split without an organisation word comes first: "Ronald Coenen Tilburg Erwin"
        if not (_starts_name(words[k]) or _name_after_org(words, k, language)):
            continue
        for size in (1, 2):  # "JustID", "Logius Productiehuis"
            name, org = " ".join(words[: k - size]), " ".join(words[k - size : k])
            if (
                name
                and _org_signal(words[k - size : k - size + 1], language)
                and _is_person(name, language)
                and not _org_signal(words[: k - size], language)
            ):
                return [f"{name} ({org})", *_pairs(" ".join(words[k:]), language, True)]
    k = plain
    if k is None and paired and 1 <= len(words) - _plain_name_end(words, language) <= 3:
        k = len(words)  # the last pair of the line: "… Paul Dam Lexdigitalis"
    end = _plain_name_end(words, language)
    if k is not None and words[end][:1].isupper() and _is_person(" ".join(words[:end]), language):
        # "Geri Wolters Ecosys Bas Kooij …": an organisation no word marks
        rest = [f"{' '.join(words[:end])} ({' '.join(words[end:k])})"]
        return rest + (_pairs(" ".join(words[k:]), language, True) if k < len(words) else [])
    return [_trailing_org(part, language)]


def _name_after_org(words: list[str], k: int, language: LanguageData) -> bool:
    """``… UWV Reeward Bouwsema``: after an organisation word, a capitalised word that with the
    next one makes a person opens the next name, though its first name is not a known one."""
    return (
        k + 1 < len(words)
        and bool(_PLAIN_WORD.fullmatch(words[k]) or _HYPHEN_NAME.fullmatch(words[k]))
        and not _starts_name(words[k + 1])  # "Portfolio-ontw Perry Meezen": Perry opens it
        and _org_signal(words[k - 1 : k], language)
        and _is_person(" ".join(words[k : k + _plain_name_end(words[k:], language)]), language)
    )


def _plain_name_end(words: list[str], language: LanguageData) -> int:
    """Where a name of a first name, particles and one surname word ends (``A.Velthuis``, an
    initial glued to the surname, is a whole name)."""
    if _GLUED.fullmatch(words[0]):
        return 1
    known = particles(language)
    i = 1
    while i < len(words) and words[i].casefold() in known:
        i += 1
    return i + 1


def _plain_split(words: list[str], language: LanguageData) -> int | None:
    """Where the next person starts after ``first name [particles] surname ORG`` (ORG one to
    three words, the first capitalised), when the next person is a name of two or more words;
    None when the words are not such a pair."""
    end = _plain_name_end(words, language)
    if end >= len(words) or not _is_person(" ".join(words[:end]), language):
        return None
    if not words[end][:1].isupper():
        return None
    for k in range(end + 1, min(end + 4, len(words) - 1)):
        nxt = words[k : k + _plain_name_end(words[k:], language)]
        if _starts_name(words[k]) and len(nxt) >= 2 and _is_person(" ".join(nxt), language):
            return k
    return None


def _starts_name(word: str) -> bool:
    """A first name, an initial (``J.``) or a bare capital (``M Adema``) opens a name."""
    bare = len(word) == 1 and word.isupper()
    return word.split("-")[0] in first_names() or bool(_INITIAL.match(word)) or bare


def _trailing_org(part: str, language: LanguageData) -> str:
    """``Jorrit Jorritsma FDS`` → ``Jorrit Jorritsma (FDS)``: a name, then an acronym or a known
    organisation without a separator."""
    if _PARENS.search(part):
        return part
    words = part.split()
    if len(words) < 3 or not _org_signal(words[-1:], language):
        return part
    name = " ".join(words[:-1])
    if not _is_person(name, language) or _org_signal(words[:-1], language):
        return part
    return f"{name} ({words[-1]})"


def _org_of(entry: str, language: LanguageData | None = None) -> str | None:
    """The first parenthesised part of an entry that is not a short role note (vz, secr.);
    with ``language`` not an office either (``(griffier)``, ``(voorzitter)``)."""
    for m in _PARENS.finditer(entry):
        inner = m.group(0)[1:-1].strip()
        if language is not None and _is_office(inner, language):
            continue
        if len(inner) > 4 or inner.isupper() or inner[:1].isupper() and "." not in inner:
            return inner
    return None


def _is_office(text: str, language: LanguageData) -> bool:
    """``griffier``, ``vz.``, ``Voorzitter``: an office of the ``roles`` data, no organisation."""
    offices = language.compiled(
        "attendance_offices",
        lambda lang: {
            *(r.casefold() for r in lang.people.get("roles", [])),
            *(a.casefold() for a in lang.people.get("role_abbreviation_meanings", {})),
        },
    )
    return text.casefold().strip(" .") in offices


def attendees(segments: list[Segment], language: LanguageData) -> list[Attendee]:
    """Entries of every attendee list, in order."""
    labels = _labels(language)
    out: list[Attendee] = []
    mode: str | None = None  # "present" / "absent" / "member" while inside a list
    loose = False  # the list was opened by an inline label: only lines of people continue it

    heading_org: list[str] = []  # the organisation heading the names of the list ("Logius:")

    def add(text: str, base: int, i: int, kind: str, role: str | None = None) -> None:
        for entry, off in _people(text, base, language):
            if heading_org and not _org_of(entry) and kind != "role":
                entry = f"{entry} ({heading_org[0]})"
            out.append(
                _attendee(entry, off, i, kind, role=role)
            )

    cols: Columns | None = None  # the columns of the current people table
    tab_cols: Columns | None = None  # the columns a "Naam<TAB>Organisatie" line named
    titles = 0  # headings that are no attendance label seen so far
    for i, seg in enumerate(segments):
        text = clean_quotes(seg.text)
        first_line = text.split("\n", 1)[0]
        if not seg.is_table_row:
            cols = None
        if seg.kind == "heading" or seg.is_table_row:
            tab_cols = None
        if seg.kind == "heading":
            hit = _label(first_line, labels.all()) or _heading_label(first_line, labels.all())
            titles += not hit
            if hit:
                kind = labels.kind(hit[0])
                role = labels.roles.get(hit[0]) if kind == "role" else None
                if hit[1]:
                    add(hit[1], first_line.find(hit[1]), i, kind, role)
                mode, loose = (None, False) if kind == "role" else (kind, False)
                continue
            if mode and (_is_person_line(first_line, language) or _is_pairs(first_line, language)):
                add(first_line, 0, i, mode)
                continue
            if mode and (org := _group_org(first_line, language)):
                heading_org[:] = [org]  # "### Logius" above the names of its people
                continue
            mode = None
            heading_org.clear()
            continue
        if seg.is_table_row:
            first = i == 0 or segments[i - 1].table != seg.table
            kind = _header_kind(seg.header, labels) if first else None
            if kind:
                mode, loose = kind, False
            groups = side_by_side(seg.cells, seg.header)
            if first:
                rows = [s for s in segments[i:] if s.table == seg.table]
                cols = columns(rows, language) if len(groups) == 1 else None
                if cols and cols.label:
                    mode, loose = cols.label, False
                if cols and not mode and titles <= 1:
                    mode, loose = "present", False  # a people table at the top: the attendance
            pairs = [] if cols else _label_cells(seg, labels)
            for cell, kind, role in pairs:  # "Aanwezig: | A<br>B", "Voorzitter | C"
                off = max(text.find(cell.split("\n")[0]), 0)
                add(cell, off, i, kind, role)
            if pairs:  # the row holds its own lists: the rows after it are no part of them
                continue
            if cols and cols.lists:  # "Aanwezig | Afwezig", a list of names in each cell
                for k in cols.lists:
                    off = max(text.find(seg.cells[k].split("\n")[0]), 0) if seg.cells[k] else 0
                    add(seg.cells[k], off, i, cols.kinds[k] or "present")
                continue
            if cols and mode:
                person = row(seg, cols, language)
                if person:
                    absent = mode == "absent" if person.absent is None else person.absent
                    member = mode == "member" and not cols.marks
                    extra = {"absent": absent, "role": person.role, "member": member}
                    out.append(_attendee(person.entry, 0, i, mode, **extra))
                continue
            if mode and len(groups) > 1:
                for group in groups:
                    entry = _table_row(" | ".join(c for c in group if c), language)
                    if entry:
                        off = max(text.find(next(c for c in group if c)), 0)
                        out.append(_attendee(entry, off, i, mode))
                continue
        for line_offset, line in _lines(text, language):
            if "\t" not in line:
                tab_cols = None
            elif not tab_cols and (mode or titles <= 1):
                tab_cols = tab_columns(line, language)
            if tab_cols and "\t" in line:
                mode, loose = mode or "present", False  # "Naam<TAB>Organisatie" above its rows
                person = tab_row(line, tab_cols, language)
                if person:
                    absent = mode == "absent" if person.absent is None else person.absent
                    extra = {"absent": absent, "role": person.role}
                    out.append(_attendee(person.entry, line_offset, i, mode, **extra))
                continue
            cells_line = seg.kind == "list_item" and " | " in line
            labelled = _cells(line, labels, language, seg.cells) if cells_line else []
            if labelled:
                for cell, off, kind, role in labelled:
                    add(cell, line_offset + off, i, kind, role)
                mode = None
                continue
            hit = (
                _label(line, labels.all())
                or _loose_label(line, labels.all(), language)
                or _online_label(line, labels, language)
            )
            if hit and mode and labels.kind(hit[0]) == "role" and not _label(line, labels.all()):
                hit = None  # "- Gedeputeerde M. Koning" in a list: an office before a name
            if hit:
                heading_org.clear()
                kind = labels.kind(hit[0])
                role = labels.roles.get(hit[0]) if kind == "role" else None
                if hit[1] and (kind != "role" or len(hit[1].split()) <= 4):
                    add(hit[1], line_offset + line.find(hit[1]), i, kind, role)
                    mode, loose = (kind, True) if kind != "role" else (None, False)
                elif not hit[1] and kind != "role":
                    mode, loose = kind, False
                continue
            group = _org_line(line, language, bool(mode))
            if group:  # "namens gemeente Assen: wethouder L. Zwiers, P. Smit"
                org, names = group
                kind = mode if mode and not loose else "present"  # after "Afwezig: A": a group
                for entry, off in _people(names, line_offset + line.rfind(names), language):
                    entry = entry if not org or _org_of(entry, language) else f"{entry} ({org})"
                    out.append(_attendee(entry, off, i, kind))
                mode, loose = kind, True
                continue
            if not mode:
                continue
            if seg.is_table_row and _person_cells(seg, language):
                for cell in (c for c in seg.cells if c.strip()):  # a grid of people
                    off = max(text.find(cell.split("\n")[0]), 0)
                    add(cell.replace("\n", ", "), off, i, mode)
                break
            if seg.kind == "list_item" and " | " in line:
                entry = _table_row(line, language)
                if entry:
                    out.append(_attendee(entry, line_offset, i, mode))
            elif (
                seg.kind == "list_item"
                and not loose
                or _is_person_line(line, language)
                or _is_name_list(line, language)
            ):
                add(line, line_offset, i, mode)
            elif line.rstrip().endswith(":") and not loose:
                # "Publieke sector, op alfabetische volgorde:" introduces the list; "Logius:"
                # gives the names after it their organisation
                heading_org[:] = [org] if (org := _group_org(line, language)) else []
                continue
            elif line.strip():
                mode, loose = None, False
                heading_org.clear()
    out = _rejoin_attendees(out, segments, language)
    return [a for a in out if looks_like_name(_name_part(a.text, language), language)]


def _rejoin_attendees(
    out: list[Attendee], segments: list[Segment], language: LanguageData
) -> list[Attendee]:
    """A name the line broke in a list of full names: ``Kees`` on one line (or list item) and
    ``Smit (RDW)`` on the next are one attendee."""
    if not _mostly_full_names([a.text for a in out]):
        return out
    joined: list[Attendee] = []
    for a in out:
        prev = joined[-1] if joined else None
        if prev and _next_line(prev, a, segments) and _broken_name(prev.text, a.text, language):
            joined[-1] = replace(prev, text=f"{prev.text} {a.text}")
            continue
        joined.append(a)
    return joined


def _next_line(a: Attendee, b: Attendee, segments: list[Segment]) -> bool:
    """``b`` is the next line after ``a`` of the same list: the rest of a's line is empty."""
    same = (a.absent, a.member, a.programme, a.role) == (b.absent, b.member, b.programme, b.role)
    if not same:
        return False
    text = segments[a.segment].text
    end = a.offset + len(a.text)
    if b.segment == a.segment:
        return b.offset > end and text[end : b.offset].strip(" \t") == "\n"
    whole = text.strip(" *-•\t") == a.text
    nxt = segments[b.segment]
    return b.segment == a.segment + 1 and whole and nxt.kind == segments[a.segment].kind


def _header_kind(header: tuple[str, ...], labels: _Labels) -> str | None:
    """``present``/``absent``/``member`` when a header cell is an attendance label (``Leden``);
    the columns' own header (``Deelnemers | Leden | Departement | Leden | …``: Leden) wins over
    a label column's."""
    grouped = [c for group in side_by_side(header, header) for c in group]
    for cell in [*grouped, *header]:
        hit = _label(cell, labels.all())
        if hit and labels.kind(hit[0]) != "role":
            return labels.kind(hit[0])
    return None


def _label_cells(seg: Segment, labels: _Labels) -> list[tuple[str, str, str | None]]:
    """A header-less table row of label cells, each followed by the cell of its names
    (``Aanwezig: | A<newline>B``, ``Deelnemers | A, B | Notulist | C``): (names, kind, role)."""
    if seg.header or len(seg.cells) < 2:
        return []
    found = []
    cells = [c.strip() for c in seg.cells]
    for k, cell in enumerate(cells[:-1]):
        hit = _label(cell, labels.all()) if cell and "\n" not in cell else None
        nxt = cells[k + 1]
        if hit and not hit[1] and nxt and not _label(nxt.split("\n")[0], labels.all()):
            kind = labels.kind(hit[0])
            found.append((nxt, kind, labels.roles.get(hit[0]) if kind == "role" else None))
    return found


def _cells(
    row: str, labels: _Labels, language: LanguageData, raw: tuple[str, ...] = ()
) -> list[tuple[str, int, str, str | None]]:
    """Labelled cells of a table row: ``aanwezig A, B | Notulist C | afwezig D``, or a label
    cell before the cell it labels: ``Aanwezig | A, B | Afwezig | C``."""
    found = []
    pos = 0
    cells = row.split(" | ")
    filled = [c for c in raw if c.strip()]
    lines = filled if len(filled) == len(cells) else cells  # a cell's own lines, where known
    hits = [_label(c, labels.all()) or _loose_label(c, labels.all(), language) for c in cells]
    for k, cell in enumerate(cells):
        off = row.find(cell, pos)
        pos = off + len(cell)
        hit = hits[k]
        if hit and not hit[1] and k > 0 and hits[k - 1] and not hits[k - 1][1]:
            continue  # two labels in a row: neither labels a cell of names
        if hit is None and k > 0 and hits[k - 1] and not hits[k - 1][1] and cell.strip():
            hit = (hits[k - 1][0], lines[k].replace("\n", "; "))  # after a bare label cell
            found.append(_labelled(hit, off, labels))
            continue
        if hit and hit[1]:
            found.append(_labelled(hit, off + cell.find(hit[1]), labels))
    return found


def _labelled(hit: tuple[str, str], off: int, labels: _Labels) -> tuple[str, int, str, str | None]:
    """(entries, offset, kind, role) of a labelled cell."""
    kind = labels.kind(hit[0])
    return hit[1], off, kind, labels.roles.get(hit[0]) if kind == "role" else None


_SENTENCE_END = re.compile(r"(?<=[a-z\])][.!?])\s+(?=[A-Z])")
# "…; Afwezig: C; Notulist: D": a label after a semicolon opens the next list of the line
_LABEL_AFTER = re.compile(r"\s*;\s+(?=[A-Z][a-z]+(?: [a-z]+){0,3}:)")


def _lines(text: str, language: LanguageData) -> Iterator[tuple[int, str]]:
    """Lines, and within a line its sentences ("… in Amsterdam. Aanwezig: A, B."), never split
    inside brackets or after a form of address (``dhr. K. Maas``)."""
    pos = 0
    for line in text.split("\n"):
        start = 0
        ends = [*_SENTENCE_END.finditer(line), *_LABEL_AFTER.finditer(line)]
        ends = [] if " | " in line else ends
        for m in sorted(ends, key=lambda end: end.start()):
            sentence = line[start : m.start()]
            if sentence.count("(") > sentence.count(")"):
                continue  # "Edwin Wisse (min. BZK)": an abbreviation inside brackets
            if _ends_in_address(sentence, language):
                continue
            yield pos + start, sentence
            start = m.end()
        yield pos + start, line[start:]
        pos += len(line) + 1


def _ends_in_address(text: str, language: LanguageData) -> bool:
    """``… wethouder E. Visser, dhr.``: the text ends in a form of address (``honorifics``)."""
    words = language.compiled(
        "honorific_words",
        lambda lang: {h.casefold().rstrip(".") for h in lang.people.get("honorifics", [])},
    )
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return last.casefold().rstrip(".") in words


def _table_row(row: str, language: LanguageData) -> str | None:
    """An attendance table row as ``Name (Organisation)``: ``Bijen, Antoon | Justid``,
    ``Alexander | Green | Logius`` or ``Karl de Boer | Enable-U``."""
    cells = [c.strip() for c in row.split("|") if c.strip()]
    if not cells:
        return None
    pair = f"{cells[0]} {cells[1]}" if len(cells) >= 3 and " " not in cells[0] else ""
    if pair and looks_like_name(pair, language):  # "Alexander | Green | Logius"
        name, rest = f"{cells[0]} {lower_particles(cells[1], language)}", cells[2:]
    else:
        name, rest = _natural_order(cells[0], language), cells[1:]
    if not looks_like_name(name, language):
        return None
    org = next((c for c in rest if c[:1].isalnum()), None)
    return f"{name} ({org})" if org else name


def _natural_order(name: str, language: LanguageData) -> str:
    """``Bijen, Antoon`` → ``Antoon Bijen``; ``Voorn, Sebastian van`` → ``Sebastian van Voorn``;
    ``Fieten. Sander`` (a typo for the comma) → ``Sander Fieten``."""
    m = _DOT_ORDER.match(name)
    if m and "," not in name:
        name = f"{m.group(1)}, {m.group(2)}"
    if name.count(",") != 1:
        return name
    last, first = (p.strip() for p in name.split(","))
    words = first.split()
    moved = []
    while len(words) > 1 and words[-1].casefold() in particles(language):
        moved.insert(0, words.pop())
    return squash(" ".join([*words, *(w.lower() for w in moved), lower_particles(last, language)]))


def _name_part(entry: str, language: LanguageData | None = None) -> str:
    """An entry without its brackets; with ``language`` also without a form of address or an
    office before the name (``mevrouw A. de Vries``, ``wethouder E. Visser`` → the name)."""
    name = squash(_PARENS.sub(" ", entry))
    if language is None:
        return name
    parts = parse_label(name, language)
    office = (parts.role or "").casefold()
    if (parts.honorific or parts.role) and parts.name and parts.name.casefold() != office:
        return parts.name
    return name


def _is_name_list(line: str, language: LanguageData) -> bool:
    """Most entries of the line are names (a list of people, not a sentence)."""
    parts = [p for p, _ in _people(line, 0, language)] if line.strip() else []
    if not parts:
        return False
    names = sum(
        looks_like_name(name := _name_part(p, language), language)
        and not _label_word(name.split()[0], language)
        for p in parts
    )
    return names / len(parts) >= _NAME_SHARE and names >= 1


def _is_pairs(line: str, language: LanguageData) -> bool:
    """Two or more people, most with an organisation: a member table's row read as one line."""
    people = _people(line.strip(" *-•\t"), 0, language)
    if len(people) < 2 or not all(_is_person(p, language) for p, _ in people):
        return False
    with_org = sum(bool(_org_of(p)) for p, _ in people)
    return bool(_org_of(people[0][0])) and with_org * 2 >= len(people)


def _is_person_line(line: str, language: LanguageData) -> bool:
    """One person on a line: ``Hans Sinnige, RINIS``, ``Edwin Wisse (min. BZK )``."""
    people = _people(line.strip(" *-•\t"), 0, language)
    return len(people) == 1 and _is_person(people[0][0], language)
