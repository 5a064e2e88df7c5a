import asyncio
import gc

from guide.testing import assert_printed, took
from snippets.tasks_futures import task_scheduled as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "main: created 2 tasks; neither has started",
    # The first await in main (sleep(0)) lets both tasks start.
    "  first: started",
    "  second: started",
    "main: busy with its own work for 1.0s",
    # Nobody awaits them yet, and still they run to the end.
    "  first: finished",
    "  second: finished",
    "main: first done=True, second done=True",
    "main: results ['first.zip', 'second.zip'] after 1.0s",
]


def test_tasks_start_only_when_main_yields_and_finish_unawaited(reader_run):
    assert_printed(reader_run("tasks_futures.task_scheduled"), EXPECTED)


def test_create_task_does_not_run_the_coroutine(capsys):
    async def scenario() -> bool:
        task = asyncio.create_task(example.download("x", 0.1))
        started = "x: started" in capsys.readouterr().out
        await task
        return started

    assert asyncio.run(scenario()) is False


def test_the_downloads_overlap_mains_own_wait(timed):
    _, seconds = timed(example.main())
    # 0.5 s downloads inside main's 1.0 s: 1.0 s in all, not 2.0 s.
    assert took(seconds, 1.0)


def test_the_loop_holds_tasks_only_weakly():
    # Why main keeps references: a pending task that nothing else refers to
    # can be garbage collected before it finishes.
    messages = []

    async def waits_for_a_reply() -> None:
        # Nothing outside this coroutine refers to the future it awaits.
        await asyncio.get_running_loop().create_future()

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _, context: messages.append(context["message"]))
        asyncio.create_task(waits_for_a_reply())  # noqa: RUF006 (the point)
        await asyncio.sleep(0)
        gc.collect()

    asyncio.run(scenario())
    assert messages == ["Task was destroyed but it is pending!"]
