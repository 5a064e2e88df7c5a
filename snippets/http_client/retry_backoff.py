"""Retry with exponential backoff: transient failures are retried after
waits that double, each attempt gets a longer timeout, a 404 is not
retried."""

import asyncio
import os
import time
from typing import Any

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
# Worth another try: the server is overloaded or briefly down.
RETRY_STATUSES = {429, 500, 502, 503, 504}


class GaveUp(Exception):
    """Every attempt failed, or the failure is not worth retrying."""


async def get_json(
    session: aiohttp.ClientSession,
    path: str,
    attempts: int = 4,
    first_backoff: float = 0.1,
    first_limit: float = 0.25,
) -> Any:
    for attempt in range(1, attempts + 1):
        # Each attempt may take twice as long as the one before it.
        limit = first_limit * 2 ** (attempt - 1)
        started = time.perf_counter()
        try:
            async with session.get(
                f"{BASE_URL}{path}", timeout=aiohttp.ClientTimeout(total=limit)
            ) as response:
                response.raise_for_status()
                body = await response.json()
        except aiohttp.ClientResponseError as error:
            problem = f"HTTP {error.status}"
            if error.status not in RETRY_STATUSES:
                print(f"  attempt {attempt}: {problem}, not retried")
                raise GaveUp(problem) from error
        except TimeoutError:
            problem = f"no answer within {limit}s"
        except aiohttp.ClientConnectionError as error:
            problem = type(error).__name__
        else:
            elapsed = time.perf_counter() - started
            print(f"  attempt {attempt}: HTTP 200 after {elapsed:.1f}s")
            return body
        if attempt == attempts:
            print(f"  attempt {attempt}: {problem}, giving up")
            raise GaveUp(f"{problem} after {attempts} attempts")
        # Real code adds random jitter, so that clients spread out.
        backoff = first_backoff * 2 ** (attempt - 1)
        print(f"  attempt {attempt}: {problem}, retrying in {backoff:.1f}s")
        await asyncio.sleep(backoff)
    raise AssertionError("unreachable")


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for path in ("/delay/0.6", "/status/503", "/status/404"):
            print(f"GET {path}")
            try:
                body = await get_json(session, path)
            except GaveUp as error:
                print(f"  failed: {error}")
            else:
                print(f"  succeeded, the body is a {type(body).__name__}")


if __name__ == "__main__":
    asyncio.run(main())
