import asyncio

import pytest

from guide.testing import assert_printed
from snippets.concurrency import queue_kinds as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "put: resize image, charge card, send email",
    "        Queue: resize image, charge card, send email",
    "    LifoQueue: send email, charge card, resize image",
    "PriorityQueue: charge card, send email, resize image",
]


def test_each_queue_hands_jobs_out_in_its_order(reader_run):
    assert_printed(reader_run("concurrency.queue_kinds"), EXPECTED)


def test_priority_queue_orders_by_priority_not_by_arrival():
    async def taken() -> list[str]:
        return await example.drain(asyncio.PriorityQueue())

    names = asyncio.run(taken())
    by_priority = [name for _, name in sorted(example.JOBS)]
    assert names == by_priority
    assert names != [name for _, name in example.JOBS]


def test_equal_priorities_compare_the_jobs_themselves():
    # The page: without a counter, two jobs of the same priority are compared,
    # and jobs that cannot be compared raise TypeError.
    async def put_two() -> None:
        queue: asyncio.PriorityQueue[tuple[int, dict[str, str]]] = asyncio.PriorityQueue()
        await queue.put((1, {"job": "a"}))
        await queue.put((1, {"job": "b"}))

    with pytest.raises(TypeError):
        asyncio.run(put_two())
