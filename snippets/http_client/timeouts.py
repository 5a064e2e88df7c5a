"""ClientTimeout: a session-wide default, a tighter limit for one request."""

import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


async def timed_get(
    session: aiohttp.ClientSession,
    path: str,
    limit: aiohttp.ClientTimeout,
    label: str,
) -> None:
    started = time.perf_counter()
    try:
        async with session.get(f"{BASE_URL}{path}", timeout=limit) as response:
            await response.read()
    except TimeoutError as error:
        elapsed = time.perf_counter() - started
        name = type(error).__name__
        is_client_error = isinstance(error, aiohttp.ClientError)
        print(f"{path} ({label}): {name} after {elapsed:.1f}s")
        print(f"  also an aiohttp.ClientError: {is_client_error}")
    else:
        print(f"{path} ({label}): HTTP {response.status}")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # Without timeout= a session waits up to aiohttp's default.
        print(f"default total timeout: {session.timeout.total}s")

    # total: the whole request, from connecting to the last byte of the body.
    timeout = aiohttp.ClientTimeout(total=10, sock_connect=3)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        print(f"this session's total timeout: {session.timeout.total}s")
        await timed_get(session, "/delay/0.2", session.timeout, "total=10")
        # A per-request timeout replaces the session's for that request.
        short = aiohttp.ClientTimeout(total=0.5)
        await timed_get(session, "/delay/5", short, "total=0.5")
        # sock_read: the longest wait for the next bytes from the server.
        idle = aiohttp.ClientTimeout(total=10, sock_read=0.5)
        await timed_get(session, "/delay/5", idle, "sock_read=0.5")


if __name__ == "__main__":
    asyncio.run(main())
