import asyncio
import gc

from guide.testing import assert_printed
from snippets.task_exceptions import retrieve as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "await: caught ValueError('first failed')",
    "exception(): ValueError('second failed')",
    "  callback: third failed with ValueError('third failed')",
    "errors reported as never retrieved: 0",
]


def test_each_way_retrieves_the_exception(reader_run):
    assert_printed(reader_run("task_exceptions.retrieve"), EXPECTED)


def test_the_count_would_catch_a_task_nobody_retrieved():
    # The control for the 0 above: same handler, a task nobody retrieves.
    reported: list[str] = []

    async def forget() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda loop, context: reported.append(context["message"]))
        task = asyncio.create_task(example.fail("forgotten"))
        await asyncio.sleep(0.2)
        del task
        gc.collect()

    asyncio.run(forget())
    assert reported == ["Task exception was never retrieved"]


def test_callback_handles_a_cancelled_task(capsys):
    async def cancel_one() -> None:
        task = asyncio.create_task(example.fail("x"), name="cancelled-one")
        task.add_done_callback(example.report)
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.wait({task})
        await asyncio.sleep(0)  # let the done callback run

    asyncio.run(cancel_one())
    assert capsys.readouterr().out == "  callback: cancelled-one was cancelled\n"


def test_exception_raises_on_cancelled_and_on_unfinished_tasks():
    async def scenario() -> tuple[str, str]:
        running = asyncio.create_task(example.fail("running"))
        cancelled = asyncio.create_task(example.fail("cancelled"))
        await asyncio.sleep(0)
        cancelled.cancel()
        await asyncio.wait({cancelled})
        outcomes = []
        for task in (running, cancelled):
            try:
                task.exception()
            except (asyncio.CancelledError, asyncio.InvalidStateError) as error:
                outcomes.append(type(error).__name__)
        running.cancel()
        await asyncio.wait({running})
        return tuple(outcomes)

    assert asyncio.run(scenario()) == ("InvalidStateError", "CancelledError")
