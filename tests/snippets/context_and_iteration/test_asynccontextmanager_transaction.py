import asyncio

import pytest

from guide.testing import assert_printed
from snippets.context_and_iteration import asynccontextmanager_transaction as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "t1: begin",
    "t1: insert",
    "t1: commit",
    "t1: connection released",
    "t2: begin",
    "t2: insert",
    "t2: rollback after ValueError",
    "t2: connection released",
    "caller caught ValueError('bad row')",
    "t3: begin",
    "t3: slow insert",
    "t3: rollback after CancelledError",
    "t3: connection released",
    "caller caught TimeoutError",
]


def test_commit_rollback_and_release(reader_run):
    assert_printed(reader_run("context_and_iteration.asynccontextmanager_transaction"), EXPECTED)


def test_the_exception_reaches_the_caller_after_cleanup(capsys):
    async def failing() -> None:
        async with example.transaction("t"):
            raise KeyError("k")

    with pytest.raises(KeyError):
        asyncio.run(failing())
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "t: rollback after KeyError",
        "t: connection released",
    ]


def test_a_cancelled_block_is_rolled_back_and_stays_cancelled(capsys):
    async def scenario() -> bool:
        async def slow() -> None:
            async with example.transaction("t"):
                await asyncio.sleep(1)

        task = asyncio.create_task(slow())
        await asyncio.sleep(0.05)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return task.cancelled()

    assert asyncio.run(scenario())
    assert "t: rollback after CancelledError" in capsys.readouterr().out


def test_a_cancellation_is_not_an_exception():
    # So `except Exception` around the yield would skip the rollback on cancel.
    assert issubclass(asyncio.CancelledError, BaseException)
    assert not issubclass(asyncio.CancelledError, Exception)
