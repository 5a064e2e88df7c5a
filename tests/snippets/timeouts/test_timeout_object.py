import asyncio

from guide.testing import assert_printed, took
from snippets.timeouts import timeout_object as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "timeout() gives a Timeout: Timeout",
    "downloaded 3 chunks, expired: False",
    "Timeout(when): 0.3s left",
    "TimeoutError at 0.3s",
    "lifted: when() = None, expired: False",
]


def test_timeout_object_moved_by_the_code_that_knows(reader_run):
    assert_printed(reader_run("timeouts.timeout_object"), EXPECTED)


def test_download_sets_a_deadline_that_a_slower_body_misses(timed):
    async def slow_body() -> bool:
        async with asyncio.timeout(None) as deadline:
            loop = asyncio.get_running_loop()
            deadline.reschedule(loop.time() + 10)
            try:
                async with asyncio.timeout(0.15):  # shorter than one chunk
                    await example.download(deadline, size=3)
            except TimeoutError:
                return True
        return False

    timed_out, seconds = timed(slow_body())
    assert timed_out
    assert took(seconds, 0.15)


def test_takes_the_body_the_timeout_and_the_commit(timed, capsys):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)  # 0.3 + 0.3 + 0.4
    capsys.readouterr()
