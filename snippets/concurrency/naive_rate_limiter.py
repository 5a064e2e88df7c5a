"""The common rate limiter that reads last_time, sleeps, then writes it:
concurrent callers read the same value and get through together."""

import asyncio
import time

from snippets.concurrency.rate_limiter import show, worker


class NaiveRateLimiter:
    """As many tutorials write it. Correct for one caller, not for many."""

    def __init__(self, rate_per_second: float) -> None:
        self.interval = 1.0 / rate_per_second
        self.last_time = 0.0

    async def acquire(self) -> None:
        current = time.monotonic()
        wait_time = self.last_time + self.interval - current
        if wait_time > 0:
            # Other callers run during this sleep and read the same
            # last_time: they all wake up at the same moment.
            await asyncio.sleep(wait_time)
        self.last_time = time.monotonic()


async def main() -> None:
    rate = 5.0
    limiter = NaiveRateLimiter(rate)
    times: list[tuple[float, str]] = []
    # The same three workers as with the correct limiter.
    async with asyncio.TaskGroup() as group:
        for name in ("a", "b", "c"):
            group.create_task(worker(name, limiter.acquire, times), name=name)
    show(times, rate)


if __name__ == "__main__":
    asyncio.run(main())
