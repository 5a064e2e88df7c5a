import asyncio

from guide.testing import TIMING, seconds_in, took
from snippets.timeouts import wait_keeps_running as example


def test_pending_tasks_run_on_until_cancelled(reader_run):
    lines = reader_run("timeouts.wait_keeps_running")
    assert [TIMING.sub("T", line) for line in lines] == [
        "fast: finished at T",
        "wait returned at T",
        "  done: ['fast']",
        "  pending: ['slow', 'slower']",
        # After wait() gave up on it, "slow" still ran to the end.
        "slow: finished at T",
        "T: still running: ['slower']",
        "cancelled: ['slower']",
    ]
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
