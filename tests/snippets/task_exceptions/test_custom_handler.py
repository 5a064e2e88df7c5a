import asyncio
import gc
import logging
import re

from guide.examples import Example, run
from guide.testing import assert_printed
from snippets.task_exceptions import custom_handler as example


def test_what_the_handler_receives():
    # As the build runs it (debug mode adds keys and lines: see the next test).
    lines = run(Example("task_exceptions.custom_handler")).check().output.splitlines()
    assert re.fullmatch(
        r"handler: Exception in callback flush_metrics\(\) at "
        r"snippets/task_exceptions/custom_handler\.py:\d+",
        lines[2],
    )
    del lines[2]
    assert_printed(
        lines,
        [
            "handler before: None",
            "1. a callback raises",
            "  keys: exception, handle, message",
            "  exception: RuntimeError('metrics server is down')",
            "2. a failed task is destroyed, its exception never retrieved",
            "handler: Task exception was never retrieved",
            "  keys: exception, future, message",
            "  exception: ConnectionError('SMTP server refused the connection')",
            "3. your own code reports through the same handler",
            "handler: cache refresh failed",
            "  keys: exception, message",
            "  exception: TimeoutError()",
            # No exception: handed to the default handler, which logs it.
            "ERROR:asyncio:cache is 2 hours old",
            "handler after: None",
        ],
    )


def test_debug_mode_adds_where_the_object_was_created():
    output = run(Example("task_exceptions.custom_handler"), debug=True).output
    assert "  keys: exception, handle, message, source_traceback" in output
    assert "  keys: exception, future, message, source_traceback" in output


def test_debug_argument_of_asyncio_run_adds_it_too():
    keys: list[list[str]] = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda loop, context: keys.append(sorted(context)))
        loop.call_soon(example.flush_metrics)
        await asyncio.sleep(0.1)

    asyncio.run(scenario(), debug=True)
    assert keys == [["exception", "handle", "message", "source_traceback"]]


async def wait_on_own_future() -> None:
    await asyncio.get_running_loop().create_future()


def test_a_pending_task_destroyed_reports_task_key():
    contexts: list[dict[str, object]] = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda loop, context: contexts.append(context))
        # Waits on a future only it references: nothing keeps the task alive.
        task = asyncio.create_task(wait_on_own_future())
        await asyncio.sleep(0.1)
        del task
        gc.collect()

    asyncio.run(scenario())
    assert [sorted(c) for c in contexts] == [["message", "task"]]
    assert contexts[0]["message"] == "Task was destroyed but it is pending!"


def test_default_handler_needs_no_exception(caplog):
    async def scenario() -> None:
        asyncio.get_running_loop().call_exception_handler({"message": "just a note"})

    with caplog.at_level(logging.ERROR, logger="asyncio"):
        asyncio.run(scenario())
    (record,) = [r for r in caplog.records if r.name == "asyncio"]
    assert record.levelno == logging.ERROR
    assert record.getMessage() == "just a note"
    assert not record.exc_info
