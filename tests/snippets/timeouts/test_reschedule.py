import asyncio

from guide.testing import assert_printed, seconds_in, took
from snippets.timeouts import reschedule as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "timeout(None): when() = None",
    "rescheduled: deadline in 1.0s",
    "body read, expired: False",
    "chunk 1 at 0.3s",
    "chunk 2 at 0.6s",
    "chunk 3 at 0.9s",
    "idle: TimeoutError at 1.4s, expired: True",
]


def test_deadline_set_late_and_pushed_back(reader_run):
    lines = reader_run("timeouts.reschedule")
    assert_printed(lines, EXPECTED)
    times = [seconds_in(line) for line in lines[3:]]
    # Chunks 2 and 3 arrive after the first 0.5 s deadline: reschedule()
    # moved it. The timeout hits 0.5 s after the last chunk.
    assert times[1] > 0.5
    assert 0.4 <= times[3] - times[2] < 0.7  # from rounded times


def test_takes_the_body_and_the_idle_timeout(timed):
    _, seconds = timed(example.main())
    assert 1.8 <= seconds < 2.2


def test_timeout_none_never_expires(timed):
    async def main() -> bool:
        async with asyncio.timeout(None) as cm:
            await asyncio.sleep(0.3)
        return cm.expired()

    expired, seconds = timed(main())
    assert expired is False
    assert took(seconds, 0.3)
