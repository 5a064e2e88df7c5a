import asyncio

from guide.testing import assert_printed, seconds_in, took
from snippets.context_and_iteration import async_comprehensions as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "async for in a list: [0, 4] in 0.8s",
    "await in a dict:     {0: 0, 1: 2, 2: 4} in 0.6s",
    "gather instead:      [0, 2, 4] in 0.2s",
]


def test_comprehensions_run_step_by_step_and_gather_overlaps(reader_run):
    lines = reader_run("context_and_iteration.async_comprehensions")
    assert_printed(lines, EXPECTED)
    # Timers never fire early: one by one takes at least the sum of the waits.
    in_list, in_dict, gathered = (seconds_in(line) for line in lines)
    assert in_list >= 0.8 - 0.05
    assert in_dict >= 0.6 - 0.05
    assert gathered < in_dict - 0.3


def test_an_await_in_a_comprehension_runs_one_at_a_time(timed):
    async def doubled() -> list[int]:
        return [await example.double(n) for n in range(4)]

    result, seconds = timed(doubled())
    assert result == [0, 2, 4, 6]
    assert took(seconds, 0.8)


def test_an_async_comprehension_waits_for_every_value_it_filters(timed):
    async def odd_squares() -> set[int]:
        return {n async for n in example.squares(4) if n % 2}

    result, seconds = timed(odd_squares())
    assert result == {1, 9}
    assert took(seconds, 0.8)  # every value is produced, filtered after


def test_gather_overlaps_the_same_calls(timed):
    async def gathered() -> list[int]:
        return await asyncio.gather(*(example.double(n) for n in range(4)))

    result, seconds = timed(gathered())
    assert result == [0, 2, 4, 6]
    assert took(seconds, 0.2)
