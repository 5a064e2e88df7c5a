"""The same limiter made correct with asyncio.Lock: one caller at a time
reads last_time, sleeps and writes it."""

import asyncio
import time

from snippets.concurrency.rate_limiter import worker


class LockedRateLimiter:
    """The naive limiter with its read-sleep-write held under a Lock."""

    def __init__(self, rate_per_second: float) -> None:
        self.interval = 1.0 / rate_per_second
        self.last_time = 0.0
        self.lock = asyncio.Lock()

    async def acquire(self) -> None:
        # Held across the sleep: the next caller waits for the lock, then
        # reads the last_time this caller wrote.
        async with self.lock:
            current = time.monotonic()
            wait_time = self.last_time + self.interval - current
            if wait_time > 0:
                await asyncio.sleep(wait_time)
            self.last_time = time.monotonic()


async def main() -> None:
    rate = 5.0
    limiter = LockedRateLimiter(rate)
    times: list[tuple[float, str]] = []
    async with asyncio.TaskGroup() as group:
        for name in ("a", "b", "c"):
            group.create_task(worker(name, limiter.acquire, times), name=name)
    # Each caller waits from when the previous one actually got through,
    # so print the gaps between acquisitions.
    for index, (at, label) in enumerate(times):
        gap = f"+{at - times[index - 1][0]:.1f}s" if index else "first"
        print(f"{label}: {gap}")
    print(f"{len(times)} acquisitions, limit {rate:g} per second")


if __name__ == "__main__":
    asyncio.run(main())
