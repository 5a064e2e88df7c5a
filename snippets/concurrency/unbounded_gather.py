"""Requests gathered all at once queue for aiohttp's connection pool, and
the timeout counts the queueing; a Semaphore in front fixes it."""

import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
REQUESTS = 20
POOL = 10  # aiohttp's default is 100; 10 keeps the example small
DELAY = 0.7  # seconds the server takes to answer
# A comfortable limit for a request that takes 0.7 s.
TIMEOUT = aiohttp.ClientTimeout(total=1.3)


class Tally:
    """Requests handed to aiohttp (the most at once), answers, timeouts."""

    def __init__(self) -> None:
        self.now = self.peak = self.ok = self.timed_out = 0


async def fetch(session: aiohttp.ClientSession, tally: Tally) -> None:
    tally.now += 1
    tally.peak = max(tally.peak, tally.now)
    try:
        async with session.get(f"{BASE_URL}/delay/{DELAY}") as response:
            await response.read()
        tally.ok += 1
    except TimeoutError:
        tally.timed_out += 1
    finally:
        tally.now -= 1


async def unbounded(session: aiohttp.ClientSession) -> Tally:
    tally = Tally()
    # The mistake: every request starts at once.
    await asyncio.gather(*(fetch(session, tally) for _ in range(REQUESTS)))
    return tally


async def limited(session: aiohttp.ClientSession, limit: int) -> Tally:
    tally = Tally()
    semaphore = asyncio.Semaphore(limit)

    async def fetch_limited() -> None:
        # The request, and its timeout, start only once a slot is free.
        async with semaphore:
            await fetch(session, tally)

    await asyncio.gather(*(fetch_limited() for _ in range(REQUESTS)))
    return tally


def report(label: str, tally: Tally, elapsed: float) -> None:
    print(f"{label}: {tally.peak} requests handed to aiohttp at once")
    print(f"  ok: {tally.ok}, timed out: {tally.timed_out}, {elapsed:.1f}s")


async def main() -> None:
    connector = aiohttp.TCPConnector(limit=POOL)
    async with aiohttp.ClientSession(
        connector=connector, timeout=TIMEOUT
    ) as session:
        print(f"connection pool: {connector.limit} connections")
        started = time.perf_counter()
        tally = await unbounded(session)
        report("gather, no limit", tally, time.perf_counter() - started)

        started = time.perf_counter()
        tally = await limited(session, limit=POOL)
        report(f"Semaphore({POOL})", tally, time.perf_counter() - started)


if __name__ == "__main__":
    asyncio.run(main())
