import asyncio

import pytest

from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "queued click, size 1",
    "queued scroll, size 2",
    "queue full: dropped keypress",
    "took click",
    "took scroll",
    "queue empty: nothing to take now",
]


def test_full_and_empty_queues_raise_instead_of_waiting(reader_run):
    assert_printed(reader_run("concurrency.queue_nowait"), EXPECTED)


def test_nowait_calls_raise_at_once_where_put_and_get_would_wait():
    async def probe() -> None:
        queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
        with pytest.raises(asyncio.QueueEmpty):
            queue.get_nowait()
        queue.put_nowait(1)
        with pytest.raises(asyncio.QueueFull):
            queue.put_nowait(2)
        with pytest.raises(TimeoutError):  # put() waits for room instead
            async with asyncio.timeout(0.1):
                await queue.put(2)

    asyncio.run(probe())
