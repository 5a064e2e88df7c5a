import asyncio

from guide.testing import assert_printed
from snippets.concurrency import bounded_queue as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "Queue() with no maxsize:",
    "  producer done after 0.0s, queue peaked at 5",
    "Queue(maxsize=2):",
    "  put job 0 after waiting 0.0s, queue size 1",
    "  put job 1 after waiting 0.0s, queue size 2",
    "  put job 2 after waiting 0.0s, queue size 2",
    "  put job 3 after waiting 0.2s, queue size 2",
    "  put job 4 after waiting 0.2s, queue size 2",
    "  producer done after 0.4s, queue peaked at 2",
]


def test_reader_sees_the_producer_wait(reader_run):
    assert_printed(reader_run("concurrency.bounded_queue"), EXPECTED)


async def producer_seconds(maxsize: int) -> float:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=maxsize)
    consumer = asyncio.create_task(example.consumer(queue))
    loop = asyncio.get_running_loop()
    started = loop.time()
    await example.produce(queue, jobs=5, verbose=False)
    elapsed = loop.time() - started
    consumer.cancel()
    await asyncio.gather(consumer, return_exceptions=True)
    return elapsed


def test_a_full_queue_holds_the_producer_back(capsys):
    assert asyncio.run(producer_seconds(maxsize=0)) < 0.05
    # Two consumer rounds of 0.2 s before the last put finds room.
    assert 0.4 - 0.01 <= asyncio.run(producer_seconds(maxsize=2)) < 0.6
    capsys.readouterr()
