"""Choosing and loading the spaCy pipeline, with sessietool's gazetteer ruler ahead of the NER.

Resolution order: the ``model`` argument (``--model``), the ``SESSIETOOL_MODEL`` environment
variable, the bundled ``nl_sessie_sm``. A name may be an installed package (``nl_core_news_sm``), a
path to a pipeline folder, or ``blank:nl`` for tokenisation only (tests, quick runs).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ModelNotFound

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from ..language import LanguageData

ENV_VAR = "SESSIETOOL_MODEL"
BUNDLED = "nl_sessie_sm"
RULER_NAME = "sessietool_gazetteer"


def bundled_model_path() -> Path | None:
    """The bundled pipeline: ``models/`` of a checkout, else the copy inside an installed wheel."""
    checkout = Path(__file__).resolve().parents[3] / "models" / BUNDLED
    candidates = [checkout, Path(str(resources.files("sessietool"))) / "models" / BUNDLED]
    for path in candidates:
        if (path / "meta.json").is_file():
            return path
    return None


def resolve_model(model: str | None = None) -> str:
    """The model name or path that will be loaded, after the environment and the default."""
    name = model or os.environ.get(ENV_VAR) or BUNDLED
    if name == BUNDLED:
        path = bundled_model_path()
        if path is None:
            raise ModelNotFound(detail=BUNDLED)
        return str(path)
    return name


def model_label(nlp: Language) -> str:
    """``<lang>_<name> <version>`` as spaCy packages name themselves."""
    return label_from_meta(nlp.meta, nlp.lang)


# -- the model's identity without loading it (the batch manifest records it) -------------------
def _package_meta(name: str) -> Path | None:
    """meta.json of an installed spaCy pipeline package, found without importing spaCy."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        root = Path(location)
        if (root / "meta.json").is_file():
            return root / "meta.json"
        nested = sorted(root.glob("*/meta.json"))
        if nested:
            return nested[0]
    return None


def label_from_meta(meta: dict[str, Any], lang: str = "") -> str:
    """``<lang>_<name> <version>``, the label :func:`model_label` gives a loaded
    pipeline."""
    name = meta.get("name") or "pipeline"
    lang = meta.get("lang") or lang
    full = name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return f"{full} {meta.get('version') or '0.0.0'}"


@dataclass(frozen=True)
class ModelId:
    """The model label and a hash of its meta.json (which changes when it is retrained)."""

    label: str
    meta_sha256: str = ""


def identify_model(model: str | None) -> ModelId | None:
    """The pipeline's label without loading it; None when it cannot be told without loading."""
    name = resolve_model(model)
    if name.startswith("blank:"):
        return ModelId(label_from_meta({"name": "blank"}, name.split(":", 1)[1]))
    meta_path = Path(name) / "meta.json"
    if not meta_path.is_file():
        meta_path = _package_meta(name) if "/" not in name and os.sep not in name else None
    if meta_path is None:
        return None
    try:
        raw = meta_path.read_bytes()
        meta = json.loads(raw)
    except (OSError, ValueError):
        return None
    return ModelId(label_from_meta(meta), hashlib.sha256(raw).hexdigest())


def add_gazetteer(nlp: Language, language: LanguageData) -> None:
    """Add the gazetteer ruler (:mod:`.gazetteer`) with every organisation alias, before the NER."""
    from .gazetteer import make_gazetteer_ruler  # noqa: F401 - registers the factory

    if RULER_NAME in nlp.pipe_names:
        nlp.remove_pipe(RULER_NAME)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("sessietool_gazetteer_ruler", name=RULER_NAME, **where)
    for org in language.organisations:
        ruler.add(org.id, (org.name, *org.aliases))


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, gazetteers: tuple[str, ...] = ()) -> Language:
    """Load (once per process) the pipeline with the gazetteer ruler added."""
    import spacy

    name = resolve_model(model)
    try:
        if name.startswith("blank:"):
            nlp = spacy.blank(name.split(":", 1)[1])
            nlp.meta["name"] = "blank"
        else:
            nlp = spacy.load(name)
    except OSError:
        raise ModelNotFound(detail=name) from None
    from ..language import load_language_data

    add_gazetteer(nlp, load_language_data(gazetteers))
    nlp.max_length = 2_000_000
    return nlp
