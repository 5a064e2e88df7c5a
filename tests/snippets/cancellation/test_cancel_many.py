import asyncio

import pytest

from guide.testing import assert_printed
from snippets.cancellation import cancel_many as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "fast: cleanup",
    # Already finished: cancel() has nothing to do.
    "cancel fast: False",
    "cancel slow-1: True",
    "cancel slow-2: True",
    # gather waited for both cleanups before main went on.
    "slow-1: cleanup",
    "slow-2: cleanup",
    "fast: 'fast finished'",
    "slow-1: a CancelledError instance",
    "slow-2: a CancelledError instance",
]


def test_each_task_cleans_up_and_reports(reader_run):
    assert_printed(reader_run("cancellation.cancel_many"), EXPECTED)


def test_does_not_wait_for_the_slow_jobs(timed):
    _, seconds = timed(example.main())
    assert seconds < 0.6


def test_without_return_exceptions_gather_raises_cancelled_error():
    async def main() -> None:
        tasks = [asyncio.create_task(asyncio.sleep(1)) for _ in range(2)]
        await asyncio.sleep(0)
        for task in tasks:
            task.cancel()
        try:
            await asyncio.gather(*tasks)
        finally:
            await asyncio.gather(*tasks, return_exceptions=True)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(main())


def test_a_task_group_cancels_the_others_and_waits_for_them():
    events = []

    async def slow(name: str) -> None:
        try:
            await asyncio.sleep(1)
        finally:
            await asyncio.sleep(0.1)  # a cleanup that takes a while
            events.append(f"{name} cleaned up")

    async def fail() -> None:
        await asyncio.sleep(0.1)
        raise ValueError("boom")

    async def main() -> None:
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(slow("a"))
                group.create_task(slow("b"))
                group.create_task(fail())
        except ExceptionGroup:
            events.append("group left")

    asyncio.run(main())
    # Both cleanups (in either order) before the group let main go on.
    assert sorted(events[:2]) == ["a cleaned up", "b cleaned up"]
    assert events[2:] == ["group left"]
