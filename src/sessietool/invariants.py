"""What every summary must satisfy beyond its schema; checked by the tests and the batch fuzzer.

:func:`violations` takes a summary as plain data (``Summary.to_dict()`` or a file read back) and
lists what is wrong: ids repeated within a list (speakers and people mentioned share one id
space, as action owners refer to both), a speaker's or person's ``organisation`` that names no
``organisations`` entry, ``lines`` that are not positive.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

ID_LISTS = ("speakers", "people_mentioned", "organisations", "themes")


def violations(summary: dict[str, Any]) -> list[str]:
    """Every invariant the summary breaks, one message each; empty when it is sound."""
    problems: list[str] = []
    for name in ID_LISTS:
        ids = [entry.get("id") for entry in summary.get(name) or []]
        for value, count in Counter(ids).items():
            if count > 1:
                problems.append(f"{name}: id {value!r} occurs {count} times")
    people = [*(summary.get("speakers") or []), *(summary.get("people_mentioned") or [])]
    spoke = {p.get("id") for p in summary.get("speakers") or []}
    for person in summary.get("people_mentioned") or []:
        if person.get("id") in spoke:
            problems.append(f"id {person.get('id')!r} is both a speaker and a person mentioned")
    orgs = {org.get("id") for org in summary.get("organisations") or []}
    for person in people:
        org = person.get("organisation")
        if org is not None and org not in orgs:
            problems.append(f"{person.get('id')!r}: organisation {org!r} is no organisations id")
    for name in (*ID_LISTS, "action_points", "dates"):
        for entry in summary.get(name) or []:
            lines = entry.get("lines") or []
            if any(not isinstance(n, int) or n < 1 for n in lines):
                problems.append(f"{name}: {entry.get('id', entry)!r} has a line number below 1")
    return problems
