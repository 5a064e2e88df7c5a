import asyncio

import pytest

from guide.testing import assert_printed, took
from snippets.core_api import wait_timeout as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "  fast: finished",
    "wait returned after 0.5s: done=['fast'] pending=['slow']",
    "slow: done=False cancelled=False",
    # The pending task went on and finished on its own.
    "  slow: finished",
    "after 1.0s: await slow -> 'slow result'",
]


def test_timeout_returns_without_cancelling(reader_run):
    assert_printed(reader_run("core_api.wait_timeout"), EXPECTED)


def test_no_timeout_error_and_the_task_keeps_running(timed):
    async def wait_briefly() -> bool:
        slow = asyncio.create_task(example.job("slow", 1.0))
        done, pending = await asyncio.wait({slow}, timeout=0.5)
        assert (done, pending) == (set(), {slow})
        # Still running half a second later: wait cancelled nothing.
        await asyncio.sleep(0.2)
        still_running = not slow.done()
        await slow
        return still_running

    still_running, seconds = timed(wait_briefly())
    assert still_running
    assert took(seconds, 1.0)


def test_wait_for_and_timeout_cancel_instead(timed):
    # The contrast: these two raise TimeoutError and cancel what they waited on.
    async def both_cancel() -> list[bool]:
        slow = asyncio.create_task(example.job("slow", 1.0))
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(slow, timeout=0.1)
        cancelled = [slow.cancelled()]

        slow = asyncio.create_task(example.job("slow", 1.0))
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.1):
                await slow
        cancelled.append(slow.cancelled())
        return cancelled

    cancelled, seconds = timed(both_cancel())
    assert cancelled == [True, True]
    assert seconds < 0.5
