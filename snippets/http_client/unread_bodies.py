"""The tutorial's gather of bare session.get() calls holds every connection
until the bodies are read: with large bodies and a small pool it stalls."""

import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
SMALL = 1_000  # bytes: the whole body fits in aiohttp's read buffer
LARGE = 1_000_000  # bytes: far more than aiohttp reads ahead on its own


def new_session() -> aiohttp.ClientSession:
    # A pool of two connections, so that four requests must share.
    connector = aiohttp.TCPConnector(limit=2)
    timeout = aiohttp.ClientTimeout(total=10)
    return aiohttp.ClientSession(connector=connector, timeout=timeout)


async def tutorial_way(size: int) -> None:
    urls = [f"{BASE_URL}/bytes/{size}"] * 4
    label = f"tutorial way, 4 x {size:,} bytes"
    async with new_session() as session:
        # The tutorial's pattern (it reads with text(): the same thing for
        # the connections). create_task only keeps a handle on each
        # response, so that we can release them after the deadline below.
        tasks = [asyncio.create_task(session.get(url)) for url in urls]
        started = time.perf_counter()
        try:
            # Without a deadline the waiting requests would fail only when
            # the session's total timeout runs out.
            async with asyncio.timeout(1):
                responses = await asyncio.gather(*tasks)
                bodies = [await r.read() for r in responses]
        except TimeoutError:
            elapsed = time.perf_counter() - started
            held = [t.result() for t in tasks if not t.cancelled()]
            waiting = len(tasks) - len(held)
            print(f"{label}: stuck for {elapsed:.1f}s")
            print(f"  {len(held)} responses hold both connections, unread")
            print(f"  {waiting} requests still wait for a connection")
            for response in held:
                response.release()
            return
        for response in responses:
            response.release()
    print(f"{label}: {len(bodies)} bodies read")


async def read_body(session: aiohttp.ClientSession, url: str) -> bytes:
    # The body is read inside async with: the connection goes back at once.
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.read()


async def correct_way(size: int) -> None:
    urls = [f"{BASE_URL}/bytes/{size}"] * 4
    async with new_session() as session:
        started = time.perf_counter()
        async with asyncio.timeout(5):
            bodies = await asyncio.gather(
                *(read_body(session, u) for u in urls)
            )
        elapsed = time.perf_counter() - started
    # How long it takes depends on the machine; what matters is no stall.
    verdict = "no stall" if elapsed < 1 else f"took {elapsed:.1f}s"
    read = len(bodies)
    print(f"async with, 4 x {size:,} bytes: {read} bodies read, {verdict}")


async def main() -> None:
    await tutorial_way(SMALL)
    await tutorial_way(LARGE)
    await correct_way(LARGE)


if __name__ == "__main__":
    asyncio.run(main())
