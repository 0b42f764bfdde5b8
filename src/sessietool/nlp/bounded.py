"""``nlp.pipe`` with the statistical work bounded per character of input.

The trainable components of a pipeline (tok2vec, tagger, parser, lemmatizer, ner) cost about the
same per token whatever the tokens are, so the time per MB of input is set by its tokens per
character. Prose has about one token per five or six characters (0.15-0.24 per character over
every chunk of the corpus); runs of one-character tokens (``*a *a …``, ``<a <a …``, ``a a a …``,
rows of punctuation) have 0.5-0.7 and would cost three times a session per MB. A chunk of at least
:data:`MIN_CHARS` characters with more than :data:`MAX_DENSITY` tokens per character is not prose:
it is tokenised and gets the pipeline's rule-based components (the gazetteer ruler, the lemma
table), not the trainable ones. Every other chunk goes through ``nlp.pipe`` as before.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MAX_DENSITY", "MIN_CHARS", "is_dense", "pipe"]

# Tokens per character above which a chunk is not prose (at most 0.236 in every chunk of the
# corpus; a Markdown table of short names and organisations about 0.27).
MAX_DENSITY = 0.4
# Shorter chunks (a short session, the tail of a long one) always get the whole pipeline.
MIN_CHARS = 2_000


def is_dense(doc: Doc) -> bool:
    """Whether a tokenised chunk has more tokens per character than prose can have."""
    chars = len(doc.text)
    return chars >= MIN_CHARS and len(doc) > MAX_DENSITY * chars


def rule_components(nlp: Language) -> list:
    """The enabled components that are not trainable (cheap per token), in pipeline order."""
    from spacy.pipeline import TrainablePipe

    return [proc for _, proc in nlp.pipeline if not isinstance(proc, TrainablePipe)]


def pipe(nlp: Language, texts: Iterable[str], *, batch_size: int) -> Iterator[Doc]:
    """The Docs of ``texts`` in order, as ``nlp.pipe`` gives them, except that a dense chunk
    (:func:`is_dense`) gets only :func:`rule_components`: in the stream its place is held by an
    empty Doc, and the chunk's own Doc is yielded when that comes out."""
    rules = rule_components(nlp)
    held: deque[Doc | None] = deque()

    def feed() -> Iterator[Doc]:
        for text in texts:
            doc = nlp.make_doc(text)
            if is_dense(doc):
                for proc in rules:
                    doc = proc(doc)
                held.append(doc)
                yield nlp.make_doc("")
            else:
                held.append(None)
                yield doc

    stream = nlp.pipe(feed(), batch_size=batch_size)
    try:
        for doc in stream:
            kept = held.popleft()
            yield doc if kept is None else kept
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()
