"""The registry of people: one record per person, whatever name form the text uses."""

from __future__ import annotations

import pytest

from sessietool.extract.people import People
from sessietool.language import load_language_data


@pytest.fixture
def people() -> People:
    return People(load_language_data())


def test_surname_without_particles_is_the_same_person(people):
    merel = people.get("Merel van Vroonhoven", 0)
    assert people.get("Vroonhoven", 40) is merel
    assert people.get("Van Vroonhoven", 80) is merel
    assert len(people.records) == 1


def test_surname_matching_two_people_stays_apart(people):
    people.get("Jan de Vries", 0)
    people.get("Piet de Vries", 10)
    assert people.find("Vries") is None
    assert people.find("Bakker") is None


def test_short_particles_write_the_same_person(people):
    martin = people.get("Martin van der Plas", 0)
    assert people.get("Martin vder Plas", 40) is martin
    assert people.get("Martin vd Plas", 80) is martin
    assert people.find("Karel vd Plas") is None
    assert len(people.records) == 1


def test_an_initial_and_the_surname_are_the_person_with_that_first_letter(people):
    laura = people.get("Laura Rutte", 0)
    people.get("Melis van den Brink", 10)
    assert people.get("L. Rutte", 40) is laura
    assert people.find("M. vden Brink") is people.records[1]
    assert people.find("K. Rutte") is None


def test_a_first_name_and_a_surname_initial_are_that_person(people):
    martin = people.get("Martin van der Plas", 0)
    joost = people.get("Joost Farla", 10)
    people.get("Joost Dekker", 20)
    assert people.find("Martin vd P") is martin
    assert people.find("Joost F.") is joost
    assert people.find("Joost K.") is None
    assert people.find("Martin B") is None


def test_a_name_after_its_initials_is_that_person(people):
    khatib = people.get("S. El Amrani", 0)
    assert people.get("El Amrani", 30) is khatib
    assert len(people.records) == 1
