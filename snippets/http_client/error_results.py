"""One result per URL: errors become values, so one failure cannot sink
the batch."""

import asyncio
import os
import time
from dataclasses import dataclass

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
# Nothing listens on port 1: the connection is refused.
UNREACHABLE = "http://127.0.0.1:1/get"


@dataclass
class Result:
    url: str
    ok: bool
    detail: str


async def fetch(session: aiohttp.ClientSession, url: str) -> Result:
    try:
        async with session.get(url) as response:
            # 4xx and 5xx become ClientResponseError here.
            response.raise_for_status()
            await response.read()
    except aiohttp.ClientResponseError as error:
        return Result(url, False, f"HTTP {error.status} {error.message}")
    except TimeoutError:
        # Not an aiohttp.ClientError: catch it on its own.
        return Result(url, False, "timed out")
    except aiohttp.ClientError as error:
        return Result(url, False, type(error).__name__)
    return Result(url, True, f"HTTP {response.status} {response.reason}")


async def main() -> None:
    urls = [
        f"{BASE_URL}/get",
        f"{BASE_URL}/status/404",
        f"{BASE_URL}/status/503",
        f"{BASE_URL}/delay/5",
        UNREACHABLE,
    ]
    timeout = aiohttp.ClientTimeout(total=1)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        started = time.perf_counter()
        # fetch never raises a network error, so gather gets every result.
        results = await asyncio.gather(*(fetch(session, u) for u in urls))
        elapsed = time.perf_counter() - started
    for result in results:
        shown = result.url.removeprefix(BASE_URL)  # the path, for short lines
        status = "ok   " if result.ok else "error"
        print(f"{status} {shown:<22} {result.detail}")
    failed = sum(not result.ok for result in results)
    print(f"{len(results)} results, {failed} errors, in {elapsed:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
