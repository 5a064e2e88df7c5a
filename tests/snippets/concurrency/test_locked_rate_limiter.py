import asyncio
import itertools

from guide.testing import assert_printed
from snippets.concurrency import locked_rate_limiter as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "a#1: first",
    "b#1: +0.2s",
    "c#1: +0.2s",
    "a#2: +0.2s",
    "b#2: +0.2s",
    "c#2: +0.2s",
    "a#3: +0.2s",
    "b#3: +0.2s",
    "c#3: +0.2s",
    "9 acquisitions, limit 5 per second",
]


def test_reader_sees_every_gap_at_the_interval(reader_run):
    assert_printed(reader_run("concurrency.locked_rate_limiter"), EXPECTED)


def test_concurrent_callers_are_never_closer_than_the_interval():
    async def acquisition_times() -> list[float]:
        limiter = example.LockedRateLimiter(10)
        loop = asyncio.get_running_loop()
        times: list[float] = []

        async def caller() -> None:
            await limiter.acquire()
            times.append(loop.time())

        async with asyncio.TaskGroup() as group:
            for _ in range(10):
                group.create_task(caller())
        return sorted(times)

    times = asyncio.run(acquisition_times())
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    # Each caller measures from when the previous one actually got through.
    assert min(gaps) >= 0.1 - 0.005
