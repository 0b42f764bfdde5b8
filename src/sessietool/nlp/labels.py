"""One place that maps every pipeline's entity labels onto sessietool's categories."""
from __future__ import annotations

PERSON, ORGANISATION, LOCATION, MISC, OTHER = "person", "organisation", "location", "misc", "other"

LABEL_MAP: dict[str, str] = {
    # CoNLL-2002 style (the bundled nl_sessie_sm)
    "PER": PERSON,
    "ORG": ORGANISATION,
    "LOC": LOCATION,
    "MISC": MISC,
    # OntoNotes style (nl_core_news_sm/md/lg)
    "PERSON": PERSON,
    "GPE": LOCATION,
    "FAC": LOCATION,
    "NORP": MISC,
    "EVENT": MISC,
    "PRODUCT": MISC,
    "LAW": MISC,
    "LANGUAGE": MISC,
    "WORK_OF_ART": MISC,
}

# To CoNLL labels, for scoring any pipeline on CoNLL-style IOB data.
CONLL_MAP: dict[str, str] = {
    "PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC", "WORK_OF_ART": "MISC",
}


def category(label: str) -> str:
    """sessietool category of a pipeline's entity label (``other`` for dates, numbers …)."""
    return LABEL_MAP.get(label, OTHER)
