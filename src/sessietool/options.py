"""What a run is configured with (:class:`Options`), importable without the extractors."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .inputs import DEFAULT_MAX_SIZE

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from .language import LanguageData


@dataclass(frozen=True)
class Options:
    """What a run is configured with; hashable so pipelines and language data are cached."""

    model: str | None = None
    gazetteers: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    max_size: int = DEFAULT_MAX_SIZE
    max_themes: int = 8

    def language(self) -> LanguageData:
        from .language import load_language_data

        data = load_language_data(self.gazetteers, self.themes)
        if data.max_themes == self.max_themes:
            return data
        return replace(data, max_themes=self.max_themes)

    def pipeline(self) -> Language:
        from .nlp.loading import load_pipeline

        return load_pipeline(self.model, self.gazetteers)
