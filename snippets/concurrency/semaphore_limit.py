"""Semaphore(5) lets twenty requests run, but never more than five at once."""

import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


class InFlight:
    """Counts requests in flight on the client side, and the most at once."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0

    def enter(self) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        self.now -= 1


async def fetch(
    session: aiohttp.ClientSession,
    semaphore: asyncio.Semaphore,
    in_flight: InFlight,
    request_id: int,
) -> int:
    # Wait here for one of the semaphore's slots; release it when done.
    async with semaphore:
        in_flight.enter()
        try:
            url = f"{BASE_URL}/delay/0.5"
            async with session.get(url, params={"id": request_id}) as resp:
                body = await resp.json()
        finally:
            in_flight.leave()
    return int(body["args"]["id"])


async def fetch_all(count: int, limit: int) -> tuple[list[int], int]:
    """Fetch `count` slow URLs, at most `limit` at a time; (ids, peak)."""
    semaphore = asyncio.Semaphore(limit)
    in_flight = InFlight()
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        ids = await asyncio.gather(
            *(fetch(session, semaphore, in_flight, i) for i in range(count))
        )
    return ids, in_flight.peak


async def main() -> None:
    started = time.perf_counter()
    ids, peak = await fetch_all(count=20, limit=5)
    elapsed = time.perf_counter() - started
    print(f"{len(ids)} responses in {elapsed:.1f}s")
    print(f"at most {peak} requests in flight at once")
    print(f"results in the order asked: {ids == list(range(20))}")


if __name__ == "__main__":
    asyncio.run(main())
