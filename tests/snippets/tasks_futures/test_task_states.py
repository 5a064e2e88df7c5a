import asyncio

from guide.testing import assert_printed
from snippets.tasks_futures import task_states as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "just created:",
    "  succeeds    done=False cancelled=False pending",
    "  fails       done=False cancelled=False pending",
    "  sleeps_long done=False cancelled=False pending",
    "right after sleeps_long.cancel():",
    # cancel() is only a request: not yet done, not yet cancelled.
    "  sleeps_long done=False cancelled=False pending",
    "after asyncio.wait(tasks):",
    "  succeeds    done=True  cancelled=False result: 42",
    "  fails       done=True  cancelled=False failed: ValueError('bad input')",
    "  sleeps_long done=True  cancelled=True  cancelled",
]


def test_every_state_and_outcome(reader_run):
    assert_printed(reader_run("tasks_futures.task_states"), EXPECTED)


def test_cancel_takes_effect_at_the_next_step():
    async def scenario() -> tuple[bool, bool]:
        task = asyncio.create_task(example.sleeps_long())
        await asyncio.sleep(0)
        task.cancel()
        before = task.cancelled()
        await asyncio.wait([task], timeout=1)
        return before, task.cancelled()

    assert asyncio.run(scenario()) == (False, True)


def test_a_failed_task_is_done_and_not_cancelled():
    async def scenario() -> asyncio.Task:
        task = asyncio.create_task(example.fails())
        await asyncio.wait([task], timeout=2)
        return task

    task = asyncio.run(scenario())
    assert task.done()
    assert not task.cancelled()
    assert isinstance(task.exception(), ValueError)
