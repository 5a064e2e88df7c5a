"""Ten one-second requests over one shared ClientSession, all at once."""

import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


async def fetch(session: aiohttp.ClientSession, request_id: int) -> int:
    url = f"{BASE_URL}/delay/1"
    async with session.get(url, params={"id": request_id}) as response:
        body = await response.json()  # read the body: frees the connection
        return int(body["args"]["id"])


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    # One session for all requests: it pools and reuses connections.
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.perf_counter()
        ids = await asyncio.gather(*(fetch(session, i) for i in range(10)))
        elapsed = time.perf_counter() - started
    print(f"{len(ids)} responses in {elapsed:.1f}s")
    print(f"results in the order asked: {ids}")


if __name__ == "__main__":
    asyncio.run(main())
