import asyncio
import contextlib

from guide.testing import assert_printed
from snippets.context_and_iteration import aclosing_fix as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "A: break at 2",
    "A: finally runs (in the caller's task: True)",
    "A: after the async with, closed already",
    "B: finally runs (in the caller's task: True)",
    "B: caller caught ValueError('bad reading 2')",
]


def test_finally_runs_at_the_end_of_the_block(reader_run):
    assert_printed(reader_run("context_and_iteration.aclosing_fix"), EXPECTED)


def test_the_generator_is_finished_when_the_block_ends():
    async def scenario() -> tuple[bool, set[asyncio.Task]]:
        before = asyncio.all_tasks()
        generator = example.readings("x")
        async with contextlib.aclosing(generator) as stream:
            async for _ in stream:
                break
        closed = generator.ag_frame is None  # finished: finally has run
        await asyncio.sleep(0.05)
        return closed, asyncio.all_tasks() - before

    closed, extra_tasks = asyncio.run(scenario())
    assert closed
    assert extra_tasks == set()  # no task was needed to close it


def test_a_cancelled_consumer_closes_it_too(capsys):
    async def scenario() -> None:
        async def consume() -> None:
            async with contextlib.aclosing(example.readings("c")) as stream:
                async for _ in stream:
                    await asyncio.sleep(1)

        task = asyncio.create_task(consume())
        await asyncio.sleep(0.05)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        print("after cancel")

    asyncio.run(scenario())
    assert capsys.readouterr().out.splitlines() == [
        "c: finally runs (in the caller's task: True)",
        "after cancel",
    ]
