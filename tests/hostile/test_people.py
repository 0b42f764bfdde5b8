"""A transcript with thousands of speakers stays linear (issue 24, 6): extract.people.People."""
from __future__ import annotations

import time

from sessietool.extract.people import People
from sessietool.language import load_language_data


def test_many_speakers_are_found_without_a_scan_per_lookup() -> None:
    people = People(load_language_data())
    names = [f"Spreker{i} Achternaam{i}" for i in range(3000)]
    started = time.process_time()
    for round_ in range(3):
        for i, name in enumerate(names):
            people.get(name, round_ * 10_000 + i)
    assert len(people.records) == 3000
    assert time.process_time() - started < 10  # a scan per lookup took minutes


def test_index_follows_renames_and_new_forms() -> None:
    people = People(load_language_data())
    short = people.get("Merel", 0)
    full = people.get("Merel van Vroonhoven", 5)
    assert full is short and short.name == "Merel van Vroonhoven"
    assert people.find("Vroonhoven") is short
    short.add_form("MvV")  # a form added from outside (speakers.py does this for initials)
    assert people.find("MvV") is short
