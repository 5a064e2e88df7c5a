import asyncio

import pytest

from guide.testing import assert_printed, took
from snippets.core_api import gather_first_error as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "gather raised ValueError('fail broke') after 0.5s",
    "right after: slow done=False",
    # Printed by the sibling itself, after gather had already raised.
    "  slow: still ran to the end (1.0s)",
    "after 1.0s: slow cancelled=False",
    "await slow -> 'slow result'",
]


def test_error_propagates_and_the_sibling_keeps_running(reader_run):
    assert_printed(reader_run("core_api.gather_first_error"), EXPECTED)


def test_gather_raises_at_the_first_error_not_at_the_end(timed):
    async def first_error() -> float:
        loop = asyncio.get_running_loop()
        started = loop.time()
        sibling = asyncio.create_task(example.slow(1.0))
        with pytest.raises(ValueError, match="fail broke"):
            await asyncio.gather(example.fail(0.5), sibling)
        raised_after = loop.time() - started
        assert not sibling.done()
        assert await sibling == "slow result"
        return raised_after

    raised_after, seconds = timed(first_error())
    assert took(raised_after, 0.5)
    assert took(seconds, 1.0)


def test_a_task_group_cancels_the_sibling_instead():
    # The contrast with TaskGroup (see the task-groups chapter).
    async def group_with_a_failure(started: list[asyncio.Task[str]]) -> None:
        async with asyncio.TaskGroup() as group:
            group.create_task(example.fail(0.1))
            started.append(group.create_task(example.slow(1.0)))

    async def sibling_cancelled() -> bool:
        started: list[asyncio.Task[str]] = []
        with pytest.raises(ExceptionGroup):
            await group_with_a_failure(started)
        return started[0].cancelled()

    assert asyncio.run(sibling_cancelled())
