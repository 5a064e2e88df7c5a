"""100 and 1,000 short requests (/delay/0.001): requests one after another
vs aiohttp all at once; the speedup is the figure (measurement)."""

import asyncio
import os
import time

import aiohttp
import requests

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
SIZES = (100, 1000)
DELAY = 0.001  # seconds: short, so 1,000 requests in a row take seconds


def fetch_all_sync(n: int, delay: float) -> float:
    """Seconds for n requests made one after another with requests."""
    url = f"{BASE_URL}/delay/{delay}"
    with requests.Session() as session:
        started = time.perf_counter()
        for _ in range(n):
            session.get(url, timeout=10).raise_for_status()
        return time.perf_counter() - started


async def fetch(session: aiohttp.ClientSession, url: str) -> None:
    async with session.get(url) as response:
        response.raise_for_status()
        await response.read()


async def fetch_all_async(n: int, delay: float) -> float:
    """Seconds for n requests made all at once with aiohttp."""
    url = f"{BASE_URL}/delay/{delay}"
    timeout = aiohttp.ClientTimeout(total=30)
    # The session's default connector opens at most 100 connections:
    # the other requests wait for a free one.
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(*(fetch(session, url) for _ in range(n)))
        return time.perf_counter() - started


async def main() -> None:
    print(f"the server waits {DELAY * 1000:.0f} ms before each answer")
    for n in SIZES:
        sync_s = await asyncio.to_thread(fetch_all_sync, n, DELAY)
        async_s = await fetch_all_async(n, DELAY)
        print(f"sync_{n}_s: {sync_s:.2f}")
        print(f"async_{n}_s: {async_s:.2f}")
        print(f"speedup_{n}: {sync_s / async_s:.1f}")


if __name__ == "__main__":
    asyncio.run(main())
