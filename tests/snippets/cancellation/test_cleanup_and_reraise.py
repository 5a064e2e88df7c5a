import asyncio

from guide.testing import assert_printed, seconds_in, took
from snippets.cancellation import cleanup_and_reraise as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "download: connection opened",
    "download: chunk 1 at 0.4s",
    "download: chunk 2 at 0.8s",
    "main: cancelling at 1.0s",
    "download: cancelled after 2 chunks, saving progress",
    "download: connection closed",
    "main: await task raised CancelledError",
    "main: task.cancelled() = True",
]


def test_cleanup_runs_then_the_awaiter_sees_cancelled_error(reader_run):
    lines = reader_run("cancellation.cleanup_and_reraise")
    assert_printed(lines, EXPECTED)
    assert took(seconds_in(lines[3]), 1.0)


def test_takes_as_long_as_main_waits(capsys, timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)
    assert "download: connection closed" in capsys.readouterr().out


def test_the_except_clause_runs_before_finally(capsys):
    async def main() -> bool:
        task = asyncio.create_task(example.download(0.0))
        await asyncio.sleep(0.6)  # one chunk
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return task.cancelled()

    assert asyncio.run(main()) is True
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "download: cancelled after 1 chunks, saving progress",
        "download: connection closed",
    ]


def test_except_exception_does_not_catch_cancellation():
    assert not issubclass(asyncio.CancelledError, Exception)
    assert issubclass(asyncio.CancelledError, BaseException)

    async def worker() -> str:
        try:
            await asyncio.sleep(1)
        except Exception:
            return "caught"
        return "not cancelled"

    async def main() -> bool:
        task = asyncio.create_task(worker())
        await asyncio.sleep(0.01)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return task.cancelled()

    assert asyncio.run(main()) is True
