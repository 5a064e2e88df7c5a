import asyncio
import gc
import logging

import pytest

from guide.testing import assert_printed, took
from snippets.core_api import wait_return_when as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "FIRST_COMPLETED: done=['fast'] pending=['fails', 'slow']",
    "  fast returned 'ok'",
    "FIRST_EXCEPTION: done=['fails', 'fast'] pending=['slow']",
    "  fails raised ValueError('broke')",
    "  fast returned 'ok'",
    "ALL_COMPLETED: done=['fails', 'fast', 'slow'] pending=[]",
    "  fails raised ValueError('broke')",
    "  fast returned 'ok'",
    "  slow returned 'ok'",
]


def test_done_and_pending_for_each_mode(reader_run):
    assert_printed(reader_run("core_api.wait_return_when"), EXPECTED)


@pytest.mark.parametrize(
    ("return_when", "returns_after"),
    [
        (asyncio.FIRST_COMPLETED, 0.2),  # fast finished
        (asyncio.FIRST_EXCEPTION, 0.6),  # fails raised
        (asyncio.ALL_COMPLETED, 1.0),  # slow finished
    ],
)
def test_wait_returns_when_asked(return_when, returns_after):
    async def timed_wait() -> float:
        loop = asyncio.get_running_loop()
        tasks = {
            asyncio.create_task(example.job(0.2), name="fast"),
            asyncio.create_task(example.job(0.6, fails=True), name="fails"),
            asyncio.create_task(example.job(1.0), name="slow"),
        }
        started = loop.time()
        done, pending = await asyncio.wait(tasks, return_when=return_when)
        seconds = loop.time() - started
        assert done
        # wait raised nothing, even with a failed task among the done ones.
        for task in pending:
            assert not task.cancelled()
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return seconds

    seconds = asyncio.run(timed_wait())
    # Well before the next task would finish (0.4 s later).
    assert took(seconds, returns_after)


def test_demo_leaves_no_task_running(capsys):
    async def run_demos() -> set[asyncio.Task[object]]:
        await example.main()
        return asyncio.all_tasks() - {asyncio.current_task()}

    assert asyncio.run(run_demos()) == set()


def test_first_exception_without_a_failure_waits_for_all():
    async def no_failure() -> tuple[int, int]:
        tasks = {
            asyncio.create_task(example.job(0.1)),
            asyncio.create_task(example.job(0.2)),
        }
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        return len(done), len(pending)

    assert asyncio.run(no_failure()) == (2, 0)


def test_all_completed_is_the_default():
    async def default_mode() -> tuple[int, int]:
        tasks = {
            asyncio.create_task(example.job(0.1)),
            asyncio.create_task(example.job(0.2, fails=True)),
        }
        done, pending = await asyncio.wait(tasks)
        for task in done:
            task.exception()  # retrieved: no warning later
        return len(done), len(pending)

    assert asyncio.run(default_mode()) == (2, 0)


def test_an_unread_exception_is_logged_when_the_task_goes(caplog):
    async def forget_the_exception() -> None:
        task = asyncio.create_task(example.job(0.1, fails=True))
        done, _ = await asyncio.wait({task})
        assert done == {task}
        del task, done  # never called exception() or result()
        gc.collect()

    with caplog.at_level(logging.ERROR, logger="asyncio"):
        asyncio.run(forget_the_exception())
    assert "Task exception was never retrieved" in caplog.text
