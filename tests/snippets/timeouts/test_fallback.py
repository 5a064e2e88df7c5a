import asyncio

import pytest

from guide.testing import assert_printed, seconds_in, took
from snippets.timeouts import fallback as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "tea: 42.00  [0.2s]",
    "  tea: request timed out, using cached data",
    "tea: 42.00  [0.5s]",
    "coffee: TimeoutError, nothing cached  [0.5s]",
]


@pytest.fixture(autouse=True)
def empty_cache(monkeypatch):
    monkeypatch.setattr(example, "cache", {})


def test_fresh_then_cached_then_nothing(reader_run):
    lines = reader_run("timeouts.fallback")
    assert_printed(lines, EXPECTED)
    # Both slow calls gave up at the 0.5 s limit, not after 2 s.
    for line in lines[2:]:
        assert 0.5 <= seconds_in(line) < 1.0


def test_a_timely_answer_is_cached(timed):
    price, seconds = timed(example.fetch_with_fallback("tea", 0.1))
    assert price == 42.0
    assert example.cache == {"tea": 42.0}
    assert took(seconds, 0.1)


def test_a_late_answer_falls_back_to_the_cache(timed, capsys):
    example.cache["tea"] = 40.0
    price, seconds = timed(example.fetch_with_fallback("tea", 2, limit=0.3))
    assert price == 40.0
    assert took(seconds, 0.3)
    assert "using cached data" in capsys.readouterr().out


def test_no_cached_value_raises_timeout_error():
    with pytest.raises(TimeoutError):
        asyncio.run(example.fetch_with_fallback("coffee", 2, limit=0.1))
    assert example.cache == {}
