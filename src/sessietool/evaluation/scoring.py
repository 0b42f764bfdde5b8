"""How a summary's items are matched against gold answers, and the per-file scores that follow.

The rules are those of ``shared/eval/README.md`` (and agree exactly with its reference scorer):

* **names** are compared after :func:`normalise`: lower case, text in parentheses (a party) dropped,
  up to three leading honorifics or articles dropped (*De heer*, *Mevrouw*, *Minister*, *de* …),
  punctuation other than ``'`` and ``-`` turned into spaces;
* a **speaker** matches when a predicted name or alias equals a gold name, alias or label, or a
  predicted name ends with ``" " + gold name`` for a gold name longer than three characters (a
  surname: *Hugo de Jonge* matches gold *Jonge*); each prediction matches at most one gold speaker,
  gold speakers taking the first free prediction in order;
* **speaker organisation**: of the matched speakers whose gold names an organisation, the share
  whose predicted organisation (an ``organisations[].id`` or a name) has a name or alias in common
  with it, the gold organisation widened by the aliases of the gold ``organisations`` it names;
* an **organisation** matches when any name or alias is shared; predictions matching
  ``organisations_optional`` are left out of precision;
* an **action point** matches when its text contains at least half (rounded up) of the gold
  keywords, case-insensitively; predictions matching ``action_points_optional`` count as right;
* a **theme** is found when a predicted theme's label or keywords contain one of its keywords
  (recall only);
* the **session date** is right when it is the same ISO date;
* ``*_complete: false``: the gold list is not exhaustive, so precision is not scored.

These rules are the reference scorer's and stay here, apart from the slug rule the summary's ids
and :mod:`sessietool.compare.matching` (action points across sessions) share
(:mod:`sessietool.textnorm`): changing them changes the published figures.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .gold import GoldActionPoint, GoldFile, GoldOrganisation, GoldSpeaker, GoldTheme
from .report import (
    MISSED,
    SPURIOUS,
    WRONG_ORGANISATION,
    Counts,
    FileScores,
    Miss,
    Tally,
)

__all__ = [
    "keywords_match",
    "match_speakers",
    "name_forms",
    "normalise",
    "score_summary",
]

_HONORIFIC = re.compile(
    r"^(de heer|heer|mevrouw|mevr\.?|mw\.?|dhr\.?|minister|staatssecretaris|de|het"
    r"|dr\.?|drs\.?|prof\.?|ir\.?|mr\.?)\s+"
)
_PARENTHESES = re.compile(r"\(.*?\)")
_PUNCTUATION = re.compile(r"[^\w\s'-]")
_SPACES = re.compile(r"\s+")
_OWNER_SEPARATORS = re.compile(r",|\+|/|;|\s&\s|\sen\s")  # "Krijn + Matijs", "A, B en C"
SURNAME_MIN_CHARS = 4  # a gold name shorter than this never matches as a suffix
ACTION_ATTRIBUTES = ("kind", "owner", "status", "due")


def normalise(value: object) -> str:
    """A name as compared: ``"De heer Hijink (SP)"`` → ``"hijink"``; ``None`` → ``""``."""
    if value is None:
        return ""
    text = str(value).lower().strip()
    text = _PARENTHESES.sub(" ", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    for _ in range(3):
        text = _HONORIFIC.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _forms(values: Iterable[object]) -> frozenset[str]:
    return frozenset(n for n in (normalise(v) for v in values if v) if n)


def name_forms(entry: Mapping[str, Any], keys: Sequence[str] = ("name", "label")) -> frozenset[str]:
    """Normalised names of a predicted speaker or organisation: ``name``, ``label``, ``aliases``."""
    return _forms([*(entry.get(k) for k in keys), *_list(entry.get("aliases"))])


def _gold_speaker_forms(g: GoldSpeaker) -> frozenset[str]:
    return _forms([g.name, g.label, *g.aliases])


def _gold_org_forms(g: GoldOrganisation) -> frozenset[str]:
    return _forms([g.name, *g.aliases])


def keywords_match(text: str, keywords: Sequence[str]) -> bool:
    """``text`` contains at least half (rounded up, at least one) of ``keywords``, ignoring case."""
    lowered = text.lower()
    need = max(1, math.ceil(len(keywords) / 2))
    return sum(k.lower() in lowered for k in keywords) >= need


def _is_suffix_match(predicted: frozenset[str], gold: frozenset[str]) -> bool:
    return any(
        p.endswith(" " + g) for p in predicted for g in gold if len(g) >= SURNAME_MIN_CHARS
    )


def match_speakers(
    gold: Sequence[GoldSpeaker], predicted: Sequence[Mapping[str, Any]]
) -> dict[int, int]:
    """Gold index → predicted index. Gold speakers in order each take the first unmatched
    prediction that shares a name form or ends with a gold surname."""
    pred_forms = [name_forms(p) for p in predicted]
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for gi, g in enumerate(gold):
        forms = _gold_speaker_forms(g)
        for pi, pf in enumerate(pred_forms):
            if pi in taken:
                continue
            if forms & pf or _is_suffix_match(pf, forms):
                pairs[gi] = pi
                taken.add(pi)
                break
    return pairs


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _entries(summary: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """The mapping entries of a summary list (other entries are ignored)."""
    return [x for x in _list(summary.get(key)) if isinstance(x, Mapping)]


class _PredictedOrganisations:
    """The summary's organisations, and the names a speaker's ``organisation`` reference has."""

    def __init__(self, entries: Sequence[Mapping[str, Any]]) -> None:
        self.entries = entries
        self.forms = [name_forms(o) for o in entries]
        self.by_id: dict[Any, Mapping[str, Any]] = {}
        for o in entries:
            key = o.get("id")
            if _hashable(key):
                self.by_id[key] = o

    def names_of(self, ref: Any) -> frozenset[str]:
        if isinstance(ref, Mapping):
            return name_forms(ref)
        org = self.by_id.get(ref) if _hashable(ref) else None
        if org is not None:
            return name_forms(org)
        return frozenset({normalise(ref)}) if ref else frozenset()

    def label_of(self, ref: Any) -> str | None:
        """The name a speaker's organisation reference shows (for the misses listing)."""
        org = self.by_id.get(ref) if _hashable(ref) else None
        if org is not None:
            return str(org.get("name") or ref)
        return None if ref is None else str(ref)


class _PredictedPeople:
    """Names behind the ids an action point's ``owners`` use: speakers, people mentioned and
    organisations of the same summary; an owner that is no id stands for itself."""

    def __init__(self, summary: Mapping[str, Any], orgs: _PredictedOrganisations) -> None:
        self.orgs = orgs
        self.by_id: dict[Any, frozenset[str]] = {}
        for key in ("speakers", "people_mentioned"):
            for person in _entries(summary, key):
                if _hashable(person.get("id")):
                    self.by_id[person.get("id")] = name_forms(person, ("name",))

    def forms_of(self, owner: Any) -> frozenset[str]:
        if _hashable(owner) and owner in self.by_id:
            return self.by_id[owner]
        return self.orgs.names_of(owner)

    def owner_matches(self, owners: Sequence[Any], gold_owner: str) -> bool:
        """Some predicted owner names the gold owner: a shared name form, or one name the
        other's surname or first name."""
        gold_forms = {normalise(part) for part in _OWNER_SEPARATORS.split(gold_owner)} - {""}
        for owner in owners:
            for p in self.forms_of(owner):
                for g in gold_forms:
                    if p == g or p.endswith(" " + g) or g.endswith(" " + p) \
                            or g.startswith(p + " "):
                        return True
        return False


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _speaker_org_forms(gold: GoldFile, organisation: str) -> set[str]:
    """The gold speaker's organisation plus the aliases of gold organisations it names (a gold
    organisation whose name is already among the forms adds its aliases, in file order)."""
    forms = {normalise(organisation)}
    for org in gold.organisations or ():
        if normalise(org.name) in forms:
            forms |= _gold_org_forms(org)
    return forms


def _lines(entry: Mapping[str, Any]) -> tuple[int, ...]:
    """The source lines a predicted item names (``lines``, else ``line``)."""
    lines = [x for x in _list(entry.get("lines")) if isinstance(x, int) and not isinstance(x, bool)]
    line = entry.get("line")
    if not lines and isinstance(line, int) and not isinstance(line, bool):
        lines = [line]
    return tuple(lines)


def _label(entry: Mapping[str, Any], *keys: str) -> str:
    for key in keys:
        if entry.get(key):
            return str(entry[key])
    return ""


def _score_speakers(
    gold: GoldFile, predicted: Sequence[Mapping[str, Any]], orgs: _PredictedOrganisations,
    misses: list[Miss],
) -> tuple[Counts, Tally, Tally]:
    pairs = match_speakers(gold.speakers, predicted)
    complete = gold.speakers_complete
    counts = Counts(len(pairs) if complete else 0, len(predicted) if complete else 0,
                    len(pairs), len(gold.speakers))
    org_ok = org_n = turns_ok = turns_n = 0
    for gi, pi in pairs.items():
        g, p = gold.speakers[gi], predicted[pi]
        if g.organisation:
            org_n += 1
            predicted_org = orgs.names_of(p.get("organisation"))
            right = bool(predicted_org & _speaker_org_forms(gold, g.organisation))
            org_ok += right
            if not right:
                misses.append(Miss(
                    "speakers", WRONG_ORGANISATION, _label(p, "name"), _lines(p),
                    expected=g.organisation, found=orgs.label_of(p.get("organisation")),
                ))
        if g.turns is not None:
            turns_n += 1
            turns_ok += p.get("turns") == g.turns
    for gi, g in enumerate(gold.speakers):
        if gi not in pairs:
            misses.append(Miss("speakers", MISSED, g.name or g.label or ""))
    if gold.speakers_complete:
        taken = set(pairs.values())
        misses.extend(Miss("speakers", SPURIOUS, _label(p, "name"), _lines(p))
                      for pi, p in enumerate(predicted) if pi not in taken)
    return counts, Tally(org_ok, org_n), Tally(turns_ok, turns_n)


def _score_organisations(
    gold: GoldFile, gold_orgs: Sequence[GoldOrganisation], orgs: _PredictedOrganisations,
    misses: list[Miss],
) -> Counts:
    gold_forms = [_gold_org_forms(g) for g in gold_orgs]
    optional = _forms(gold.organisations_optional)
    found = 0
    for g, gf in zip(gold_orgs, gold_forms, strict=True):
        hit = any(gf & pf for pf in orgs.forms)
        found += hit
        if not hit:
            misses.append(Miss("organisations", MISSED, g.name))
    right = n_counted = 0
    for entry, pf in zip(orgs.entries, orgs.forms, strict=True):
        if pf & optional:
            continue
        n_counted += 1
        hit = any(gf & pf for gf in gold_forms)
        right += hit
        if not hit and gold.organisations_complete:
            misses.append(Miss("organisations", SPURIOUS, _label(entry, "name"), _lines(entry)))
    if not gold.organisations_complete:  # precision is not scored
        right = n_counted = 0
    return Counts(right, n_counted, found, len(gold_forms))


def _score_action_points(
    gold: GoldFile, gold_points: Sequence[GoldActionPoint], summary: Mapping[str, Any],
    people: _PredictedPeople, misses: list[Miss],
) -> tuple[Counts, dict[str, Tally]]:
    entries = _entries(summary, "action_points")
    texts = [str(a.get("text", "")) for a in entries]
    found = 0
    attrs = {name: [0, 0] for name in ACTION_ATTRIBUTES}
    for g in gold_points:
        first = next((i for i, t in enumerate(texts) if keywords_match(t, g.keywords)), None)
        if first is None:
            misses.append(Miss("action_points", MISSED, g.text or ", ".join(g.keywords),
                               expected=", ".join(g.keywords)))
            continue
        found += 1
        for name, ok in _action_attributes(g, entries[first], people).items():
            attrs[name][0] += ok
            attrs[name][1] += 1
    acceptable = [*gold_points, *gold.action_points_optional]
    right = 0
    for entry, t in zip(entries, texts, strict=True):
        hit = any(keywords_match(t, g.keywords) for g in acceptable)
        right += hit
        if not hit and gold.action_points_complete:
            misses.append(Miss("action_points", SPURIOUS, t, _lines(entry)))
    n_pred = len(texts)
    if not gold.action_points_complete:  # precision is not scored
        right = n_pred = 0
    tallies = {name: Tally(ok, n) for name, (ok, n) in attrs.items()}
    return Counts(right, n_pred, found, len(gold_points)), tallies


def _action_attributes(
    gold: GoldActionPoint, predicted: Mapping[str, Any], people: _PredictedPeople
) -> dict[str, bool]:
    """Which of the gold action point's annotated attributes the matched prediction has right
    (only the attributes the gold gives)."""
    out: dict[str, bool] = {}
    if gold.kind:
        out["kind"] = str(predicted.get("kind") or "") == gold.kind
    if gold.status:
        out["status"] = str(predicted.get("status") or "") == gold.status
    if gold.due:
        out["due"] = str(predicted.get("due") or "") == gold.due
    if gold.owner:
        out["owner"] = people.owner_matches(_list(predicted.get("owners")), gold.owner)
    return out


def _score_themes(
    gold_themes: Sequence[GoldTheme], summary: Mapping[str, Any], misses: list[Miss]
) -> Counts:
    evidence = [
        " ".join([str(t.get("label", "")), *(str(k) for k in _list(t.get("keywords")))]).lower()
        for t in _entries(summary, "themes")
    ]
    found = 0
    for g in gold_themes:
        hit = any(any(k.lower() in text for k in g.keywords) for text in evidence)
        found += hit
        if not hit:
            misses.append(Miss("themes", MISSED, g.label or ", ".join(g.keywords),
                               expected=", ".join(g.keywords)))
    return Counts(0, 0, found, len(gold_themes))


def _predicted_date(summary: Mapping[str, Any]) -> str:
    session = summary.get("session")
    date = session.get("date") if isinstance(session, Mapping) else None
    return str(date)


def score_summary(gold: GoldFile, summary: Mapping[str, Any]) -> FileScores:
    """Score one summary (plain data as written to YAML) against its gold file."""
    orgs = _PredictedOrganisations(_entries(summary, "organisations"))
    people = _PredictedPeople(summary, orgs)
    misses: list[Miss] = []
    speakers, speaker_org, turns = _score_speakers(
        gold, _entries(summary, "speakers"), orgs, misses
    )
    counts = {"speakers": speakers}
    tallies = {"speaker_org": speaker_org, "turns": turns}
    if gold.organisations is not None:
        counts["organisations"] = _score_organisations(gold, gold.organisations, orgs, misses)
    if gold.action_points is not None:
        counts["action_points"], attrs = _score_action_points(
            gold, gold.action_points, summary, people, misses
        )
        tallies.update({f"action_{name}": tally for name, tally in attrs.items()})
    if gold.themes is not None:
        counts["themes"] = _score_themes(gold.themes, summary, misses)
    if gold.date is not None:
        right = _predicted_date(summary) == gold.date
        tallies["date"] = Tally(int(right), 1)
        if not right:
            misses.append(Miss("session", "wrong-date", "date", expected=gold.date,
                               found=_predicted_date(summary)))
    return FileScores.from_counts(counts, tallies, tuple(misses))
