"""A bounded buffer built on asyncio.Condition: the producer waits for
room, the consumer waits for an item, each with wait_for(predicate)."""

import asyncio
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: deque[int] = deque()
        self.changed = asyncio.Condition()
        self.most_held = 0

    async def put(self, item: int) -> None:
        async with self.changed:
            if len(self.items) == self.capacity:
                print(f"put {item}: buffer full, producer waits")
            # Releases the lock while waiting; rechecks after every notify.
            await self.changed.wait_for(
                lambda: len(self.items) < self.capacity
            )
            self.items.append(item)
            self.most_held = max(self.most_held, len(self.items))
            self.changed.notify_all()

    async def get(self) -> int:
        async with self.changed:
            await self.changed.wait_for(lambda: len(self.items) > 0)
            item = self.items.popleft()
            self.changed.notify_all()
            return item


async def produce(buffer: BoundedBuffer, count: int) -> None:
    for item in range(1, count + 1):
        await buffer.put(item)
        print(f"put {item}: {len(buffer.items)} in the buffer")


async def consume(buffer: BoundedBuffer, count: int) -> list[int]:
    received = []
    for _ in range(count):
        item = await buffer.get()
        print(f"got {item}")
        received.append(item)
        await asyncio.sleep(0.1)  # a consumer slower than the producer
    return received


async def main() -> None:
    buffer = BoundedBuffer(capacity=2)
    async with asyncio.TaskGroup() as group:
        group.create_task(produce(buffer, 5))
        consumer = group.create_task(consume(buffer, 5))
    print(f"received in order: {consumer.result()}")
    print(f"most items in the buffer at once: {buffer.most_held}")


if __name__ == "__main__":
    asyncio.run(main())
