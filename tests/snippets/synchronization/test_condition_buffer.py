import asyncio

from guide.testing import assert_printed
from snippets.synchronization import condition_buffer as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "put 1: 1 in the buffer",
    "put 2: 2 in the buffer",
    "put 3: buffer full, producer waits",
    # Each get() makes room, and notify_all() wakes the waiting producer.
    "got 1",
    "put 3: 2 in the buffer",
    "put 4: buffer full, producer waits",
    "got 2",
    "put 4: 2 in the buffer",
    "put 5: buffer full, producer waits",
    "got 3",
    "put 5: 2 in the buffer",
    "got 4",
    "got 5",
    "received in order: [1, 2, 3, 4, 5]",
    "most items in the buffer at once: 2",
]


def test_reader_sees_the_producer_wait_for_room(reader_run):
    assert_printed(reader_run("synchronization.condition_buffer"), EXPECTED)


def test_the_buffer_never_holds_more_than_its_capacity(capsys):
    async def many_producers_and_consumers() -> tuple[list[int], int]:
        buffer = example.BoundedBuffer(capacity=3)
        async with asyncio.TaskGroup() as group:
            for _ in range(4):
                group.create_task(example.produce(buffer, 10))
            consumers = [group.create_task(example.consume(buffer, 10)) for _ in range(4)]
        received = [item for c in consumers for item in c.result()]
        return sorted(received), buffer.most_held

    received, most_held = asyncio.run(many_producers_and_consumers(), debug=True)
    capsys.readouterr()
    assert received == sorted(list(range(1, 11)) * 4)
    assert most_held == 3


def test_a_consumer_waits_for_an_item():
    async def get_from_empty() -> tuple[bool, int]:
        buffer = example.BoundedBuffer(capacity=2)
        getting = asyncio.create_task(buffer.get())
        await asyncio.sleep(0.1)
        waited = not getting.done()
        await buffer.put(7)
        return waited, await getting

    assert asyncio.run(get_from_empty(), debug=True) == (True, 7)
