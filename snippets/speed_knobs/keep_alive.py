"""300 requests one after another: on one kept-alive connection, and with
force_close=True, a new connection for each; best of 3 (measurement)."""

import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
REQUESTS = 300
ROUNDS = 3


async def one_by_one(force_close: bool) -> tuple[float, int]:
    """Seconds for REQUESTS GETs in a row, and connections opened."""
    opened = 0

    async def count(*_: object) -> None:
        nonlocal opened
        opened += 1

    trace = aiohttp.TraceConfig()
    trace.on_connection_create_end.append(count)
    connector = aiohttp.TCPConnector(force_close=force_close)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(
        connector=connector, timeout=timeout, trace_configs=[trace]
    ) as session:
        started = time.perf_counter()
        for _ in range(REQUESTS):
            async with session.get(f"{BASE_URL}/get") as response:
                response.raise_for_status()
                await response.read()
        return time.perf_counter() - started, opened


async def main() -> None:
    ways = {"keep_alive": False, "force_close": True}
    best = dict.fromkeys(ways, float("inf"))
    opened = dict.fromkeys(ways, 0)
    for _ in range(ROUNDS):  # the two take turns: a busy moment hits both
        for name, force_close in ways.items():
            seconds, opened[name] = await one_by_one(force_close)
            best[name] = min(best[name], seconds)
    print(f"{REQUESTS} requests to /get, one after another")
    for name in ways:
        print(f"{name}_connections: {opened[name]}")
    for name in ways:
        print(f"{name}_s: {best[name]:.3f}")
    speedup = best["force_close"] / best["keep_alive"]
    verdict = "faster" if speedup >= 1.2 else "no gain"
    print(f"keep_alive_speedup: {speedup:.2f}")
    print(f"keep-alive: {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
