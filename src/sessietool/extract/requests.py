"""Requests in a sitting of procedure: the turns in which a member, given the floor by the
chair, asks for a debate or a letter ("Daarom vraag ik een debat aan over …").

In a "Regeling van werkzaamheden" the chair gives the floor to one member at a time ("Mevrouw
Hermans namens de VVD."); that member's turn states the subject, the turns after it support
or oppose the request until the chair gives the floor to the next. The cue words are in
``data/theme_words.yaml`` (``floor_cues``) and the chair's labels in ``data/actions.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..transcript import Segment
from .agenda_items import theme_words


@dataclass(frozen=True)
class Request:
    """A request's turn (character span) and the span of its discussion (to the next one)."""

    turn: tuple[int, int]
    block: tuple[int, int]


def _chair(label: str, chair_labels: frozenset[str]) -> bool:
    words = re.findall(r"\w+", label.casefold())
    return bool(words) and (words[0] in chair_labels or words[:2][-1] in chair_labels)


def requests(
    segments: list[Segment], offsets: list[int], end: int, chair_labels: frozenset[str]
) -> list[Request]:
    """The requests of a transcript: the first turn of another speaker after each chair's
    turn that gives the floor, with its discussion up to the next request (or ``end``)."""
    cues = theme_words().get("floor_cues", frozenset())
    cue = re.compile("|".join(rf"\b{re.escape(c)}\b" for c in sorted(cues)), re.I) if cues else None
    if cue is None:
        return []
    turns: list[int] = []
    floor = False
    for k, seg in enumerate(segments):
        if seg.kind != "turn" or not seg.speaker:
            continue
        if _chair(seg.speaker, chair_labels):
            floor = floor or bool(cue.search(seg.text))
        elif floor:
            turns.append(k)
            floor = False
    out = []
    for n, k in enumerate(turns):
        start = offsets[k]
        stop = offsets[turns[n + 1]] if n + 1 < len(turns) else end
        out.append(Request((start, start + len(segments[k].text)), (start, stop)))
    return out
