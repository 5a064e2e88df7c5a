import asyncio
import itertools

import pytest

from guide.testing import assert_printed
from snippets.concurrency import rate_limiter as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    " 0.0s: a#1",
    " 0.2s: b#1",
    " 0.4s: c#1",
    " 0.6s: a#2",
    " 0.8s: b#2",
    " 1.0s: c#2",
    " 1.2s: a#3",
    " 1.4s: b#3",
    " 1.6s: c#3",
    "9 acquisitions in 1.6s, limit 5 per second",
]


def test_reader_sees_one_acquisition_per_slot(reader_run):
    assert_printed(reader_run("concurrency.rate_limiter"), EXPECTED)


async def acquisition_times(callers: int, rate: float) -> tuple[float, list[float]]:
    """When each of `callers` concurrent tasks got through: (start, sorted times)."""
    limiter = example.RateLimiter(rate)
    loop = asyncio.get_running_loop()
    times: list[float] = []

    async def caller() -> None:
        await limiter.acquire()
        times.append(loop.time())

    start = loop.time()
    async with asyncio.TaskGroup() as group:
        for _ in range(callers):
            group.create_task(caller())
    return start, sorted(times)


def test_many_concurrent_callers_are_spaced_by_the_interval(timed):
    (start, times), seconds = timed(acquisition_times(callers=15, rate=10))
    # The n-th caller never gets through before n intervals have passed
    # (a busy machine can only make it later).
    for n, at in enumerate(times):
        assert at - start >= n * 0.1 - 0.002
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    # Mostly 0.1 s apart. A late wake-up on a busy machine lets the next caller through
    # at once (it is already due), so single gaps prove nothing; the median does.
    assert sorted(gaps)[len(gaps) // 2] == pytest.approx(0.1, abs=0.01)
    assert 1.4 - 0.01 <= seconds < 1.9


def test_an_idle_limiter_lets_the_first_caller_through_at_once(timed):
    _, seconds = timed(acquisition_times(callers=1, rate=1))
    assert seconds < 0.1
