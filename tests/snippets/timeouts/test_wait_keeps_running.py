import asyncio

from guide.testing import assert_printed, seconds_in, took
from snippets.timeouts import wait_keeps_running as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "fast: finished at 0.2s",
    "wait returned at 0.5s",
    "  done: ['fast']",
    "  pending: ['slow', 'slower']",
    # After wait() gave up on it, "slow" still ran to the end.
    "slow: finished at 1.0s",
    "1.2s: still running: ['slower']",
    "cancelled: ['slower']",
]


def test_pending_tasks_run_on_until_cancelled(reader_run):
    lines = reader_run("timeouts.wait_keeps_running")
    assert_printed(lines, EXPECTED)
    assert took(seconds_in(lines[1]), 0.5)
    assert "slower: finished" not in "\n".join(lines)


def test_wait_timeout_cancels_nothing():
    async def main() -> tuple[bool, bool]:
        task = asyncio.create_task(asyncio.sleep(0.3))
        _, pending = await asyncio.wait({task}, timeout=0.1)
        cancelled_by_wait = task.cancelled()
        await task  # it still finishes normally
        return task in pending, cancelled_by_wait

    assert asyncio.run(main()) == (True, False)


def test_main_stops_once_it_cancels(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.2)
