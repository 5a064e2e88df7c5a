import asyncio
import gc
import logging

from guide.examples import Example, run
from guide.testing import assert_printed
from snippets.task_exceptions import never_retrieved as example


def test_error_is_logged_when_the_task_is_destroyed():
    # As the build runs it: debug mode would add where the task was created.
    lines = run(Example("task_exceptions.never_retrieved")).check().output.splitlines()
    logged = lines.index("ERROR:asyncio:Task exception was never retrieved")
    # Not when the task failed: only once its last reference is gone.
    assert_printed(
        lines[:logged],
        [
            "main: task done=True, main carries on",
            "main: dropping the last reference to the task",
        ],
    )
    future = lines[logged + 1]
    assert future.startswith("future: <Task finished name='send-email' coro=<send_email() done")
    assert future.endswith("exception=ConnectionError('SMTP server refused the connection')>")
    assert_printed(
        lines[logged + 2 :],
        [
            "[traceback omitted] ConnectionError: SMTP server refused the connection",
            # The error never reached main, which ends normally.
            "main: finished normally",
        ],
    )


def test_default_handler_logs_a_full_traceback(caplog):
    async def forget_a_failed_task() -> None:
        task = asyncio.create_task(example.send_email())
        await asyncio.sleep(0.2)
        del task
        gc.collect()

    with caplog.at_level(logging.ERROR, logger="asyncio"):
        asyncio.run(forget_a_failed_task())
    (record,) = [r for r in caplog.records if r.name == "asyncio"]
    assert record.getMessage().startswith("Task exception was never retrieved")
    assert record.exc_info is not None
    assert record.levelno == logging.ERROR
    assert record.exc_info[0] is ConnectionError
    formatted = logging.Formatter().formatException(record.exc_info)
    assert formatted.startswith("Traceback (most recent call last):")


def test_debug_mode_logs_at_the_same_point(reader_run):
    lines = reader_run("task_exceptions.never_retrieved")
    logged = lines.index("ERROR:asyncio:Task exception was never retrieved")
    assert lines[logged - 1] == "main: dropping the last reference to the task"
    assert lines[-1] == "main: finished normally"
