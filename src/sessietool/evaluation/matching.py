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
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .gold import GoldActionPoint, GoldFile, GoldOrganisation, GoldSpeaker, GoldTheme
from .report import PRF, FileScores

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
SURNAME_MIN_CHARS = 4  # a gold name shorter than this never matches as a suffix


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


def _score_speakers(
    gold: GoldFile, predicted: Sequence[Mapping[str, Any]], orgs: _PredictedOrganisations
) -> tuple[PRF, float | None, float | None]:
    pairs = match_speakers(gold.speakers, predicted)
    n_pred = len(predicted) if gold.speakers_complete else 0
    prf = PRF.from_counts(len(pairs), n_pred, len(pairs), len(gold.speakers))
    org_ok = org_n = turns_ok = turns_n = 0
    for gi, pi in pairs.items():
        g, p = gold.speakers[gi], predicted[pi]
        if g.organisation:
            org_n += 1
            predicted_org = orgs.names_of(p.get("organisation"))
            org_ok += bool(predicted_org & _speaker_org_forms(gold, g.organisation))
        if g.turns is not None:
            turns_n += 1
            turns_ok += p.get("turns") == g.turns
    return (
        prf,
        org_ok / org_n if org_n else None,
        turns_ok / turns_n if turns_n else None,
    )


def _score_organisations(
    gold: GoldFile, gold_orgs: Sequence[GoldOrganisation], orgs: _PredictedOrganisations
) -> PRF:
    gold_forms = [_gold_org_forms(g) for g in gold_orgs]
    optional = _forms(gold.organisations_optional)
    found = sum(any(gf & pf for pf in orgs.forms) for gf in gold_forms)
    counted = [pf for pf in orgs.forms if not pf & optional]
    right = sum(any(gf & pf for gf in gold_forms) for pf in counted)
    n_pred = len(counted) if gold.organisations_complete else 0
    return PRF.from_counts(right, n_pred, found, len(gold_forms))


def _score_action_points(
    gold: GoldFile, gold_points: Sequence[GoldActionPoint], summary: Mapping[str, Any]
) -> PRF:
    texts = [str(a.get("text", "")) for a in _entries(summary, "action_points")]
    found = sum(any(keywords_match(t, g.keywords) for t in texts) for g in gold_points)
    acceptable = [*gold_points, *gold.action_points_optional]
    right = sum(any(keywords_match(t, g.keywords) for g in acceptable) for t in texts)
    n_pred = len(texts) if gold.action_points_complete else 0
    return PRF.from_counts(right, n_pred, found, len(gold_points))


def _score_themes(gold_themes: Sequence[GoldTheme], summary: Mapping[str, Any]) -> PRF:
    evidence = [
        " ".join([str(t.get("label", "")), *(str(k) for k in _list(t.get("keywords")))]).lower()
        for t in _entries(summary, "themes")
    ]
    found = sum(
        any(any(k.lower() in text for k in g.keywords) for text in evidence) for g in gold_themes
    )
    return PRF.from_counts(0, 0, found, len(gold_themes))


def _predicted_date(summary: Mapping[str, Any]) -> str:
    session = summary.get("session")
    date = session.get("date") if isinstance(session, Mapping) else None
    return str(date)


def score_summary(gold: GoldFile, summary: Mapping[str, Any]) -> FileScores:
    """Score one summary (plain data as written to YAML) against its gold file."""
    orgs = _PredictedOrganisations(_entries(summary, "organisations"))
    speakers, speaker_org, turns = _score_speakers(gold, _entries(summary, "speakers"), orgs)
    return FileScores(
        speakers=speakers,
        speaker_org=speaker_org,
        turns=turns,
        organisations=None
        if gold.organisations is None
        else _score_organisations(gold, gold.organisations, orgs),
        action_points=None
        if gold.action_points is None
        else _score_action_points(gold, gold.action_points, summary),
        themes=None if gold.themes is None else _score_themes(gold.themes, summary),
        date=None if gold.date is None else _predicted_date(summary) == gold.date,
    )
