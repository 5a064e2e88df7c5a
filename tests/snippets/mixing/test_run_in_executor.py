import asyncio
import functools

import pytest

from guide.testing import assert_printed, took
from snippets.mixing import run_in_executor as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "run_in_executor(..., width=100) raised TypeError:",
    "  BaseEventLoop.run_in_executor() got an unexpected keyword argument 'width'",
    "both calls done in 0.5s",
    "run_in_executor: a.png at 100px (request -)",
    "to_thread:       b.png at 200px (request r-42)",
]


def test_positional_only_and_no_context(reader_run):
    assert_printed(reader_run("mixing.run_in_executor"), EXPECTED)


def test_run_in_executor_returns_an_asyncio_future_that_overlaps(timed):
    async def two_calls() -> list[str]:
        loop = asyncio.get_running_loop()
        call = functools.partial(example.resize, "x", width=1)
        futures = [loop.run_in_executor(None, call) for _ in range(2)]
        assert all(isinstance(f, asyncio.Future) for f in futures)
        return await asyncio.gather(*futures)

    results, seconds = timed(two_calls())
    assert results == ["x at 1px (request -)"] * 2
    assert took(seconds, 0.5)  # two 0.5 s calls side by side


def test_keyword_arguments_are_refused_before_anything_runs():
    async def call_with_keyword() -> None:
        loop = asyncio.get_running_loop()
        with pytest.raises(TypeError, match="unexpected keyword argument"):
            loop.run_in_executor(None, example.resize, "x", width=1)

    asyncio.run(call_with_keyword())
