import asyncio

from guide.testing import TIMING, seconds_in, took
from snippets.timeouts import reschedule as example


def test_deadline_set_late_and_pushed_back(reader_run):
    lines = reader_run("timeouts.reschedule")
    assert [TIMING.sub("T", line) for line in lines] == [
        "timeout(None): when() = None",
        "rescheduled: deadline in T",
        "body read, expired: False",
        "chunk 1 at T",
        "chunk 2 at T",
        "chunk 3 at T",
        "idle: TimeoutError at T, expired: True",
    ]
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
