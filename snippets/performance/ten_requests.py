"""The tutorials' ten requests, measured: requests one after another vs
aiohttp all at once, against /delay/0.5 (measurement)."""

import asyncio
import os
import time

import aiohttp
import requests

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
REQUESTS = 10
DELAY = 0.5  # seconds the server waits; the tutorials use 1 (see the page)


def fetch_all_sync(n: int, delay: float) -> float:
    """Seconds for n requests made one after another with requests."""
    url = f"{BASE_URL}/delay/{delay}"
    # One Session: it keeps the connection open between requests.
    with requests.Session() as session:
        started = time.perf_counter()
        for _ in range(n):
            # get() returns once the whole body has been read.
            session.get(url, timeout=10).raise_for_status()
        return time.perf_counter() - started


async def fetch(session: aiohttp.ClientSession, url: str) -> None:
    async with session.get(url) as response:
        response.raise_for_status()
        await response.read()  # read the body inside the block


async def fetch_all_async(n: int, delay: float) -> float:
    """Seconds for n requests made all at once with aiohttp."""
    url = f"{BASE_URL}/delay/{delay}"
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(*(fetch(session, url) for _ in range(n)))
        return time.perf_counter() - started


async def main() -> None:
    # requests blocks: a worker thread keeps the event loop free meanwhile.
    sync_s = await asyncio.to_thread(fetch_all_sync, REQUESTS, DELAY)
    async_s = await fetch_all_async(REQUESTS, DELAY)
    print(f"{REQUESTS} requests, the server waits {DELAY}s before each answer")
    print(f"sync_s: {sync_s:.2f}")
    print(f"async_s: {async_s:.2f}")
    print(f"speedup: {sync_s / async_s:.1f}")


if __name__ == "__main__":
    asyncio.run(main())
