"""A rate limiter that holds under concurrent callers: each caller reserves
the next free slot before it sleeps."""

import asyncio
from collections.abc import Awaitable, Callable


class RateLimiter:
    """At most `rate` acquisitions per second, however many tasks call."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.next_slot = 0.0  # event loop time of the next free slot

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        slot = max(now, self.next_slot)
        # Reserve the slot before sleeping: no await between reading and
        # writing next_slot, so no other task can take the same slot.
        self.next_slot = slot + self.interval
        await asyncio.sleep(slot - now)


async def worker(
    name: str,
    acquire: Callable[[], Awaitable[None]],
    times: list[tuple[float, str]],
) -> None:
    loop = asyncio.get_running_loop()
    for request in range(1, 4):
        await acquire()
        times.append((loop.time(), f"{name}#{request}"))
        await asyncio.sleep(0.1)  # stand-in for the request itself


def show(times: list[tuple[float, str]], rate: float) -> None:
    """Print the acquisitions, grouped by the moment they happened."""
    start = times[0][0]
    moments: dict[str, list[str]] = {}
    for at, label in times:
        moments.setdefault(f"{at - start:.1f}s", []).append(label)
    for moment, labels in moments.items():
        print(f"{moment:>5}: {' '.join(sorted(labels))}")
    span = times[-1][0] - start
    print(
        f"{len(times)} acquisitions in {span:.1f}s, limit {rate:g} per second"
    )


async def main() -> None:
    rate = 5.0
    limiter = RateLimiter(rate)
    times: list[tuple[float, str]] = []
    # Three workers share one limiter, like tasks sharing one API quota.
    async with asyncio.TaskGroup() as group:
        for name in ("a", "b", "c"):
            group.create_task(worker(name, limiter.acquire, times), name=name)
    show(times, rate)


if __name__ == "__main__":
    asyncio.run(main())
