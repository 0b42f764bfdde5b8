"""Rows holding several records side by side, cut at the repetition of their header."""

from __future__ import annotations

from sessietool.extract.row_groups import side_by_side


def test_two_people_a_row() -> None:
    header = ("Leden", "Departement", "Leden", "Departement")
    cells = ("Jan Jansen", "Logius", "Piet Pietersen", "BZK")
    assert side_by_side(cells, header) == [("Jan Jansen", "Logius"), ("Piet Pietersen", "BZK")]


def test_a_label_column_run_into_the_first_header_cell() -> None:
    header = ("Deelnemers Leden", "Departement", "Leden", "Departement")
    cells = ("Jan Jansen", "Logius", "", "")
    assert side_by_side(cells, header) == [("Jan Jansen", "Logius"), ("", "")]


def test_a_label_column_before_the_groups_is_left_out() -> None:
    header = ("", "Naam", "Organisatie", "Naam", "Organisatie")
    cells = ("", "Jan Jansen", "Logius", "Anna Bos", "VNG")
    assert side_by_side(cells, header) == [("Jan Jansen", "Logius"), ("Anna Bos", "VNG")]


def test_columns_of_names_only() -> None:
    assert side_by_side(("Jan", "Piet", "Anna"), ("Leden", "Leden", "Leden")) == [
        ("Jan",),
        ("Piet",),
        ("Anna",),
    ]


def test_rows_of_one_record_stay_whole() -> None:
    cells = ("1", "Notitie schrijven", "Jan", "Open")
    assert side_by_side(cells, ("Nr", "Actie", "Naam", "Status")) == [cells]
    assert side_by_side(cells, ()) == [cells]
    assert side_by_side(("a", "b"), ("Naam", "Naam", "Naam")) == [("a", "b")]
