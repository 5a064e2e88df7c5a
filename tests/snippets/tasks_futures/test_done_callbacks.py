import asyncio

from guide.testing import assert_printed, took
from snippets.tasks_futures import done_callbacks as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "main: callbacks added",
    "  callback: quick returned 'slept 0.2s'",
    "  callback: flaky failed: ConnectionError('peer went away')",
    "main: 0.6s passed, cancelling what is left",
    "  callback: stuck was cancelled",
    # The callback is scheduled, not called inside set_result.
    "main: set_result called; the callback has not run yet",
    "  callback: future got 'done'",
    "main: finished",
]


def test_each_callback_sees_its_finished_task(reader_run):
    assert_printed(reader_run("tasks_futures.done_callbacks"), EXPECTED)


def test_the_callback_receives_the_task_itself():
    seen = []

    async def scenario() -> asyncio.Task:
        task = asyncio.create_task(example.work(0.1))
        task.add_done_callback(seen.append)
        await task
        await asyncio.sleep(0)
        return task

    task = asyncio.run(scenario())
    assert seen == [task]


def test_the_stuck_task_is_cancelled_not_waited_for(timed):
    _, seconds = timed(example.main())
    # The stuck task is cancelled at 0.6 s instead of running for 60 s.
    assert took(seconds, 0.6)
