"""TCPConnector(limit=3): at most three requests in flight, the rest queue."""

import asyncio
import os
import time
from types import SimpleNamespace

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


async def fetch(session: aiohttp.ClientSession, request_id: int) -> None:
    url = f"{BASE_URL}/delay/0.5"
    async with session.get(url, params={"id": request_id}) as response:
        response.raise_for_status()
        await response.read()


async def main() -> None:
    queued = 0

    async def on_queued(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: object,
    ) -> None:
        nonlocal queued
        queued += 1

    trace = aiohttp.TraceConfig()
    trace.on_connection_queued_start.append(on_queued)
    # limit caps the connections of the whole pool (default 100);
    # limit_per_host would cap them per host.
    connector = aiohttp.TCPConnector(limit=3)
    timeout = aiohttp.ClientTimeout(total=10)
    # The session owns the connector and closes it.
    async with aiohttp.ClientSession(
        connector=connector, timeout=timeout, trace_configs=[trace]
    ) as session:
        started = time.perf_counter()
        await asyncio.gather(*(fetch(session, i) for i in range(9)))
        elapsed = time.perf_counter() - started
    print(f"9 requests of 0.5s each, limit=3: {elapsed:.1f}s")
    print(f"requests that waited for a free connection: {queued}")


if __name__ == "__main__":
    asyncio.run(main())
