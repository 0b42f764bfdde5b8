"""Helpers shared by the batch tests."""
from __future__ import annotations

from pathlib import Path

TRANSCRIPT = """# Overleg digitale overheid

Jan de Vries: Goedemorgen allemaal, welkom bij het overleg over de digitale overheid.
Piet Jansen: Dank je. Het ministerie van Financiën heeft het budget voor 2024 goedgekeurd.
Jan de Vries: Mooi. Actie: Piet stuurt het verslag uiterlijk vrijdag 12 april rond.
"""
MINUTES = """# Notulen werkgroep

Aanwezig: Anna Bakker, Kees Visser

## Agenda

1. Opening door Anna Bakker.
2. De werkgroep bespreekt de privacy van gegevens bij de gemeente Utrecht.
3. Besluit: de werkgroep komt op 3 mei 2024 weer bijeen.
"""
REPORT = """Verslag van de bijeenkomst over onderwijs

De bijeenkomst ging over het onderwijs op scholen. Docenten en leerlingen praatten over
digitale vaardigheden en over de rol van de overheid.
"""


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file (not the manifest) by name."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.startswith(".")}
