import asyncio

from guide.testing import assert_printed, took
from snippets.cancellation import cancelling_counter as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "main: child.cancelling() = 2",
    "child: CancelledError, child.cancelling() = 2",
    "main: only the child; main.cancelling() = 0",
    "main: timed out; main.cancelling() = 1",
    # asyncio.timeout took its request back with uncancel().
    "main: TimeoutError; main.cancelling() = 0",
]


def test_the_counter_through_cancel_and_timeout(reader_run):
    assert_printed(reader_run("cancellation.cancelling_counter"), EXPECTED)


def test_runs_in_process(capsys, timed):
    _, seconds = timed(example.main())
    assert took(seconds, 0.2)
    assert capsys.readouterr().out.count("cancelling()") == 5


def test_uncancel_returns_the_remaining_count():
    async def main() -> list[int]:
        task = asyncio.create_task(asyncio.sleep(1))
        task.cancel()
        task.cancel()
        counts = [task.cancelling(), task.uncancel(), task.cancelling()]
        await asyncio.gather(task, return_exceptions=True)
        return counts

    assert asyncio.run(main()) == [2, 1, 1]


def test_the_awaiting_tasks_counter_tells_who_was_cancelled():
    async def child() -> None:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0.1)  # a slow cleanup
            raise

    async def parent(cancel_child: bool) -> int:
        task = asyncio.create_task(child())
        await asyncio.sleep(0.01)
        if cancel_child:
            task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            return asyncio.current_task().cancelling()
        raise AssertionError("the child was not cancelled")

    async def main() -> list[int]:
        only_child = await parent(cancel_child=True)
        waiting = asyncio.create_task(parent(cancel_child=False))
        await asyncio.sleep(0.05)  # the parent is awaiting its child
        waiting.cancel()  # cancels the parent, and through it the child
        return [only_child, await waiting]

    assert asyncio.run(main()) == [0, 1]
