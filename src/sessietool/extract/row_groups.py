"""Table rows that hold several records side by side: a member list printed in two columns
(``Leden | Departement | Leden | Departement``) has two people a row.

The header tells: where its cells repeat with a period (compared by their last word, so a label
column's text run into the first header cell, ``Deelnemers Leden``, still counts), the row is cut
into one group of cells per period. Cells before the first period (a label column) are left out.
"""

from __future__ import annotations


def _key(cell: str) -> str:
    words = cell.split()
    return words[-1].casefold().strip(":") if words else ""


def side_by_side(cells: tuple[str, ...], header: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The row's cells cut into one group per record; ``[cells]`` when the header does not
    repeat."""
    keys = [_key(h) for h in header]
    n = len(keys)
    if n != len(cells) or n < 2:
        return [cells]
    for period in range(1, n // 2 + 1):
        for start in range(0, n - 2 * period + 1):
            if (n - start) % period or not all(keys[start : start + period]):
                continue
            if all(keys[i] == keys[i - period] for i in range(start + period, n)):
                return [cells[i : i + period] for i in range(start, n, period)]
    return [cells]
