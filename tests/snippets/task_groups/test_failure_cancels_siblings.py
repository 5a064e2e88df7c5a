import asyncio

from guide.testing import assert_printed
from snippets.task_groups import failure_cancels_siblings as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "sibling: started, needs 1 s",
    # The cleanup runs before the group's exception reaches main.
    "sibling: cancelled, rolling back",
    "sibling: finally block ran",
    "main: the group raised (ValueError('bad input'),)",
    "main: the block ended after 0.2s, not 1.0s",
    "failing: exception=ValueError('bad input')",
    "sibling: cancelled=True",
]


def test_sibling_is_cancelled_and_cleans_up(reader_run):
    lines = reader_run("task_groups.failure_cancels_siblings")
    assert_printed(lines, EXPECTED)
    assert "sibling: finished its work" not in lines


def test_block_does_not_wait_for_the_cancelled_sibling(capsys, timed):
    _, seconds = timed(example.main())
    assert "sibling: cancelled=True" in capsys.readouterr().out
    # The failure comes after 0.2 s; the sibling alone would need 1 s.
    assert seconds < 0.6


def test_a_cancelled_child_does_not_abort_the_group():
    # "Other than CancelledError": one child cancelled, the other finishes.
    async def scenario() -> tuple[bool, str]:
        async with asyncio.TaskGroup() as tg:
            doomed = tg.create_task(asyncio.sleep(1))
            survivor = tg.create_task(asyncio.sleep(0.1, result="finished"))
            await asyncio.sleep(0)
            doomed.cancel()
        return doomed.cancelled(), survivor.result()

    assert asyncio.run(scenario()) == (True, "finished")


def test_swallowing_cancelled_error_hides_the_cancellation():
    # The tip's reason to re-raise: without it the task ends as not cancelled.
    async def swallows() -> str:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
        return "slept"

    async def scenario() -> tuple[bool, str]:
        task = asyncio.create_task(swallows())
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.wait({task}, timeout=2)
        return task.cancelled(), task.result()

    assert asyncio.run(scenario()) == (False, "swallowed")
