import random

from sessietool.extract.spans import Spans


def test_contains_is_any_span_holding_the_offset() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 9)) for s in (rng.randint(0, 60) for _ in range(6))]
        index = Spans(spans)
        for x in range(-2, 75):
            assert (x in index) == any(s <= x < e for s, e in spans), (spans, x)


def test_empty_and_end_exclusive() -> None:
    assert 3 not in Spans([])
    assert 5 not in Spans([(2, 5)]) and 2 in Spans([(2, 5)]) and 4 in Spans([(2, 5)])
