"""TCPConnector(limit=...) caps the connections a session opens at once:
30 requests of /delay/0.2 with limit=10 take three rounds; keep-alive
reuses each connection, so 10 are opened in all."""

import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
REQUESTS = 30
DELAY = 0.2  # seconds the server waits before it answers


async def fetch(session: aiohttp.ClientSession, url: str) -> None:
    async with session.get(url) as response:
        response.raise_for_status()
        await response.read()


async def requests_with(limit: int) -> None:
    opened = 0

    async def count(*_: object) -> None:
        nonlocal opened
        opened += 1

    trace = aiohttp.TraceConfig()
    trace.on_connection_create_end.append(count)
    connector = aiohttp.TCPConnector(limit=limit)  # 0: no limit
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(
        connector=connector, timeout=timeout, trace_configs=[trace]
    ) as session:
        url = f"{BASE_URL}/delay/{DELAY}"
        started = time.perf_counter()
        await asyncio.gather(*(fetch(session, url) for _ in range(REQUESTS)))
        elapsed = time.perf_counter() - started
    print(
        f"limit={limit}: {REQUESTS} requests in {elapsed:.1f}s, "
        f"{opened} connections opened"
    )


async def main() -> None:
    await requests_with(10)
    await requests_with(0)


if __name__ == "__main__":
    asyncio.run(main())
