import asyncio

from guide.testing import assert_printed
from snippets.event_loop import await_coroutine_vs_task as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "main: await compute()  (a coroutine)",
    # The coroutine runs inline, inside main's own task.
    "  compute: runs in task 'main'",
    "main: back; background has run: False",
    "main: await create_task(compute())  (a Task)",
    # main is suspended: the loop runs the older task first.
    "  background: got a turn",
    "  compute: runs in task 'compute'",
    "main: back; background has run: True",
]


def test_only_awaiting_the_task_lets_the_background_run(reader_run):
    assert_printed(reader_run("event_loop.await_coroutine_vs_task"), EXPECTED)


def test_a_coroutine_that_suspends_does_let_others_run():
    # The other half of the rule: a real suspension point inside the
    # awaited coroutine gives the loop a turn.
    ran = []

    async def other_work() -> None:
        ran.append("other task")

    async def suspends() -> None:
        await asyncio.sleep(0)

    async def scenario() -> None:
        other = asyncio.create_task(other_work())
        await suspends()
        ran.append("after await suspends()")
        await other

    asyncio.run(scenario())
    assert ran == ["other task", "after await suspends()"]


def test_a_coroutine_that_never_suspends_keeps_the_loop():
    ran = []

    async def other_work() -> None:
        ran.append("other task")

    async def scenario() -> None:
        other = asyncio.create_task(other_work())
        await example.compute()
        ran.append("after await compute()")
        await other

    asyncio.run(scenario())
    assert ran == ["after await compute()", "other task"]
