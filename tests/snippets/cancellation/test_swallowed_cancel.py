import asyncio
import time

import pytest

from guide.testing import assert_printed, took
from snippets.cancellation import swallowed_cancel as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "task: caught CancelledError and carried on",
    # The task ended normally: a result, and not cancelled.
    "main: await task returned 'finished anyway'",
    "main: task.cancelled() = False",
    "block: caught CancelledError and carried on",
    # No TimeoutError although the timeout expired.
    "main: no TimeoutError, the block returned 'finished anyway'",
    "main: the 0.2s timeout expired: True",
    "main: the block took 0.7s",
]


def test_the_swallowed_cancellation_has_no_effect(reader_run):
    lines = reader_run("cancellation.swallowed_cancel")
    assert_printed(lines, EXPECTED)
    assert "main: TimeoutError" not in lines


def test_the_block_overruns_its_deadline(timed):
    async def block() -> str:
        async with asyncio.timeout(0.2):
            return await example.stubborn("block")

    result, seconds = timed(block())
    assert result == "finished anyway"
    # The 0.2 s deadline had no effect: the work ran its full 0.5 + 0.5 s.
    assert took(seconds, 0.7)


def test_re_raising_would_have_given_timeout_error(timed):
    async def well_behaved() -> None:
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            raise

    async def block() -> None:
        async with asyncio.timeout(0.2):
            await well_behaved()

    with pytest.raises(TimeoutError):
        timed(block())


def test_wait_for_returns_instead_of_timing_out():
    async def main() -> str:
        return await asyncio.wait_for(example.stubborn("wait_for"), 0.2)

    assert asyncio.run(main()) == "finished anyway"


def test_a_task_group_waits_for_the_stubborn_child(timed):
    async def fail() -> None:
        await asyncio.sleep(0.1)
        raise ValueError("boom")

    async def main() -> None:
        async with asyncio.TaskGroup() as group:
            group.create_task(example.stubborn("child"))
            group.create_task(fail())

    started = time.perf_counter()
    with pytest.raises(ExceptionGroup):
        asyncio.run(main())
    # The failure came at 0.1 s; the group could only leave once the
    # child that ignored its cancellation finished its second sleep.
    assert 0.6 <= time.perf_counter() - started < 0.9
