import asyncio

from guide.testing import assert_printed, took
from snippets.context_and_iteration import async_comprehensions as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "async for in a list: [0, 4, 16] in 0.5s",
    "await in a dict:     {0: 0, 1: 2, 2: 4} in 0.3s",
    "gather instead:      [0, 2, 4] in 0.1s",
]


def test_comprehensions_run_step_by_step_and_gather_overlaps(reader_run):
    assert_printed(reader_run("context_and_iteration.async_comprehensions"), EXPECTED)


def test_an_await_in_a_comprehension_runs_one_at_a_time(timed):
    async def doubled() -> list[int]:
        return [await example.double(n) for n in range(4)]

    result, seconds = timed(doubled())
    assert result == [0, 2, 4, 6]
    assert took(seconds, 0.4)


def test_an_async_comprehension_waits_for_every_value_it_filters(timed):
    async def odd_squares() -> set[int]:
        return {n async for n in example.squares(4) if n % 2}

    result, seconds = timed(odd_squares())
    assert result == {1, 9}
    assert took(seconds, 0.4)  # every value is produced, filtered after


def test_gather_overlaps_the_same_calls(timed):
    async def gathered() -> list[int]:
        return await asyncio.gather(*(example.double(n) for n in range(4)))

    result, seconds = timed(gathered())
    assert result == [0, 2, 4, 6]
    assert took(seconds, 0.1)
