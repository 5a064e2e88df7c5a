import asyncio

import pytest

from guide.testing import assert_printed, took
from snippets.tasks_futures import future_slot as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "future done: False",
    "awaited 'from a callback' after 0.5s",
    "future done: True, result(): 'from a callback'",
    "set_result twice: InvalidStateError: invalid state",
    "awaited 'from another task' after 0.5s",
]


def test_prints_each_stage(reader_run):
    assert_printed(reader_run("tasks_futures.future_slot"), EXPECTED)


def test_await_waits_for_whoever_sets_it(timed):
    # Two 0.5 s waits in a row: each await lasts until the result is set.
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)


def test_a_future_is_set_once():
    async def scenario() -> None:
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(1)
        with pytest.raises(asyncio.InvalidStateError):
            fut.set_result(2)
        assert fut.result() == 1

    asyncio.run(scenario())
