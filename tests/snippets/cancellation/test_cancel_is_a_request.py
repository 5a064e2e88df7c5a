import asyncio

import pytest

from guide.testing import assert_printed, seconds_in
from snippets.cancellation import cancel_is_a_request as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "worker: step 1 done at 0.3s",
    "worker: step 2 done at 0.6s",
    "worker: step 3 done at 0.9s",
    "worker: reached an await",
    # main asked to wake after 0.1 s but could only run once the worker
    # reached an await: all three steps ran first.
    "main: woke up at 0.9s, calling cancel()",
    # cancel() returned at once and the task was not finished yet.
    "main: cancel() returned True, task done: False",
    "worker: CancelledError raised at the await, 0.9s",
    "main: task 'worker' cancelled: True",
]


def test_cancel_lands_at_the_await_after_the_cpu_work(reader_run, shared_runs):
    # The strict run is in asyncio debug mode, which logs a step that holds the
    # loop this long as a slow callback: the worker's 0.9 s.
    raw = shared_runs.get("cancellation.cancel_is_a_request").output.splitlines()
    slow = [line for line in raw if line.startswith("Executing <Task") and "'worker'" in line]
    assert slow, "debug mode did not see the worker hold the loop"
    lines = reader_run("cancellation.cancel_is_a_request")
    assert_printed(lines, EXPECTED)
    woke = seconds_in(lines[4])
    # Not 0.1 s: the three 0.3 s steps held the loop.
    assert woke >= 0.9


def test_whole_run_takes_as_long_as_the_cpu_work(capsys, timed):
    _, seconds = timed(example.main())
    assert 0.9 <= seconds < 1.5  # tolerant: the suite runs in parallel
    assert "worker: step 3 done" in capsys.readouterr().out


def test_code_before_the_next_await_still_runs():
    # cancel() on a task that is running right now: it goes on until it
    # next awaits, and the CancelledError is raised there.
    events = []

    async def worker() -> None:
        asyncio.current_task().cancel()
        events.append("after cancel()")
        example.crunch(0.05)
        events.append("after CPU work")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            events.append("CancelledError at the await")
            raise

    async def main() -> bool:
        task = asyncio.create_task(worker())
        await asyncio.gather(task, return_exceptions=True)
        return task.cancelled()

    assert asyncio.run(main()) is True
    assert events == [
        "after cancel()",
        "after CPU work",
        "CancelledError at the await",
    ]


def test_cancellation_arrives_where_the_task_next_waits_not_at_any_await():
    """The page: a cancelled task gets CancelledError at the next await that really
    waits; awaiting a coroutine that never pauses runs it to the end first."""
    log: list[str] = []

    async def never_pauses() -> str:
        return "awaited a coroutine that never pauses"

    async def worker() -> None:
        asyncio.current_task().cancel()
        log.append(await never_pauses())
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("CancelledError at asyncio.sleep")
            raise

    async def main() -> None:
        task = asyncio.create_task(worker())
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert log == ["awaited a coroutine that never pauses", "CancelledError at asyncio.sleep"]
