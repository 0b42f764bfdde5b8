"""Session texts shared by the CLI tests."""
from __future__ import annotations

OVERLEG = """Jan de Vries: Goedemorgen allemaal, welkom bij het overleg over de digitale overheid.
Piet Jansen: Dank je. Het ministerie van Financiën heeft het budget voor 2024 goedgekeurd.
Jan de Vries: Mooi. Actie: Piet stuurt het verslag uiterlijk vrijdag 12 april rond.
"""
NOTULEN = """# Notulen werkgroep

Aanwezig: Anna Bakker, Kees Visser

1. De werkgroep bespreekt de privacy van gegevens bij de gemeente Utrecht.
2. Besluit: de werkgroep komt op 3 mei 2024 weer bijeen.
"""
