"""The statistical work per character is bounded (issue 24): a chunk denser than prose
(``*a *a …``, ``<a <a …``) reaches the rule-based components, never the trainable ones.

The assertions count the tokens a trainable component is given, not seconds: before the bound,
every token of ``*a *a …`` went through tok2vec, tagger, parser and ner (~190 µs each with the
bundled pipeline: 160 s per MB)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.language import Language  # noqa: E402
from spacy.pipeline import TrainablePipe  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from sessietool.api import Options, parse, prepare  # noqa: E402
from sessietool.batch.runner import run_batch  # noqa: E402
from sessietool.language import load_language_data  # noqa: E402
from sessietool.nlp import bounded  # noqa: E402
from sessietool.nlp.loading import add_gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PROSE = ("Jan de Vries: Goedemorgen allemaal, welkom bij het overleg over de digitale "
         "overheid. Het ministerie van Financiën heeft het budget goedgekeurd.\n\n")


class TokenCounter(TrainablePipe):
    """A trainable component that only records how many tokens each Doc it is given has."""

    def __init__(self, vocab, name: str = "token_counter") -> None:
        self.vocab = vocab
        self.name = name
        self.model = None
        self.cfg: dict = {}
        self.seen: list[int] = []

    def __call__(self, doc: Doc) -> Doc:
        self.seen.append(len(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("sessietool_test_token_counter")
def _make_counter(nlp: Language, name: str) -> TokenCounter:
    return TokenCounter(nlp.vocab, name)


@pytest.fixture
def nlp() -> Language:
    """blank:nl with the gazetteer ruler (rule-based) and a counting trainable component."""
    nlp = spacy.blank("nl")
    add_gazetteer(nlp, load_language_data(()))
    nlp.add_pipe("sessietool_test_token_counter", name="counter")
    return nlp


def counted(nlp: Language) -> int:
    return sum(nlp.get_pipe("counter").seen)


def not_dense(nlp: Language, *paths: Path) -> int:
    """Tokens in the chunks of ``paths`` that are not dense (short ones included)."""
    docs = [nlp.make_doc(c) for p in paths for c in prepare(p).chunks]
    return sum(len(d) for d in docs if not bounded.is_dense(d))


def session(tmp_path: Path, text: str, name: str = "s.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_dense_session_does_not_reach_the_trainable_components(nlp, tmp_path):
    prepared = prepare(session(tmp_path, "*a " * 40_000))  # 120 KB: six chunks
    assert len(prepared.chunks) > 5
    features = parse(nlp, prepared)
    tail = [c for c in prepared.chunks if len(c) < bounded.MIN_CHARS]  # short: whole pipeline
    assert counted(nlp) == sum(len(nlp.make_doc(c)) for c in tail) < 20
    assert features.n_tokens == 80_000  # every token is still in the features, in order
    assert list(features.tokens.idx[:3]) == [0, 1, 3]
    assert features.tokens.idx[-1] == len(prepared.text) - 1


def test_prose_reaches_them_whole(nlp, tmp_path):
    prepared = prepare(session(tmp_path, PROSE * 400, "s.txt"))
    features = parse(nlp, prepared)
    assert counted(nlp) == features.n_tokens > 0


def test_a_dense_run_inside_a_session_costs_only_itself(nlp, tmp_path):
    """Prose, 60 KB of ``<a <a …`` with an organisation in it, prose: the trainable component
    sees the prose chunks only, the gazetteer (rule-based) still finds the organisation."""
    junk = "<a " * 10_000 + "Logius " + "<a " * 10_000
    path = session(tmp_path, PROSE * 100 + junk + "\n\n" + PROSE * 100, "s.txt")
    prepared = prepare(path)
    features = parse(nlp, prepared)
    assert 0 < counted(nlp) == not_dense(nlp, path) < features.n_tokens / 2
    assert counted(nlp) <= bounded.MAX_DENSITY * len(prepared.text)
    assert "logius" in {e.ent_id for e in features.entities}


def test_the_stream_keeps_its_order_and_lengths(nlp):
    texts = ["*a " * 1_000, PROSE * 20, "", "a " * 2_000, PROSE, "*a " * 10]
    docs = list(bounded.pipe(nlp, iter(texts), batch_size=2))
    assert [d.text for d in docs] == texts
    # the dense texts (first, fourth) are held by empty Docs; short and empty ones go through
    assert nlp.get_pipe("counter").seen == [0, len(docs[1]), 0, 0, len(docs[4]), len(docs[5])]


def test_short_chunks_always_get_the_whole_pipeline(nlp):
    short = "Jan: ja.\nPiet: nee.\n" * 5  # denser than prose, but a short session
    assert bounded.is_dense(nlp.make_doc(short)) is False
    list(bounded.pipe(nlp, [short], batch_size=1))
    assert counted(nlp) == len(nlp.make_doc(short))


def test_the_batch_engine_uses_the_bound(nlp, tmp_path, monkeypatch):
    """``--jobs 1`` streams every input's chunks through the bounded pipe too."""
    monkeypatch.setattr(Options, "pipeline", lambda self: nlp)
    stars = session(tmp_path, "*a " * 20_000)
    prose = session(tmp_path, PROSE * 50, "p.txt")
    events = list(run_batch([str(stars), str(prose)], tmp_path / "out",
                            Options(model="blank:nl"), jobs=1))
    assert [e.kind for e in events if e.kind in ("ok", "fail")] == ["ok", "ok"]
    prose_tokens = len(nlp.make_doc(prepare(prose).text))
    assert counted(nlp) == not_dense(nlp, stars, prose) < prose_tokens + 20


def test_the_example_sessions_are_prose():
    """Every chunk of the sessions that ship with the repository is under the bound (the
    corpus's densest chunk has 0.24 tokens per character)."""
    nlp = spacy.blank("nl")
    for path in sorted((ROOT / "data" / "sessions").glob("*.txt")):
        for chunk in prepare(path).chunks:
            doc = nlp.make_doc(chunk)
            assert len(doc) <= 0.8 * bounded.MAX_DENSITY * len(chunk), path.name
