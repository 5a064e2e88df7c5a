import asyncio
import itertools

from guide.testing import assert_printed
from snippets.concurrency import naive_rate_limiter as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    " 0.0s: a#1",
    " 0.2s: a#2 b#1 c#1",
    " 0.4s: a#3 b#2 c#2",
    " 0.6s: b#3 c#3",
    "9 acquisitions in 0.6s, limit 5 per second",
]


def test_reader_sees_callers_through_together(reader_run):
    assert_printed(reader_run("concurrency.naive_rate_limiter"), EXPECTED)


async def acquisition_times(callers: int, rounds: int, rate: float):
    limiter = example.NaiveRateLimiter(rate)
    loop = asyncio.get_running_loop()
    times: list[float] = []

    async def caller() -> None:
        for _ in range(rounds):
            await limiter.acquire()
            times.append(loop.time())

    async with asyncio.TaskGroup() as group:
        for _ in range(callers):
            group.create_task(caller())
    return sorted(times)


def test_concurrent_callers_are_not_spaced():
    # Ten callers, two acquisitions each, at 10 per second: should take
    # 1.9 s; the naive limiter lets them through in two bursts.
    times = asyncio.run(acquisition_times(callers=10, rounds=2, rate=10))
    assert times[-1] - times[0] < 0.3
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert sum(gap < 0.01 for gap in gaps) >= 15


def test_one_caller_alone_is_limited_correctly():
    times = asyncio.run(acquisition_times(callers=1, rounds=4, rate=10))
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 0.1 - 0.01
    assert 0.3 - 0.005 <= times[-1] - times[0] < 0.45
