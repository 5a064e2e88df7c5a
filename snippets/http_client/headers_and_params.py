"""Query parameters and headers: per request and as session defaults."""

import asyncio
import os

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    # Sent with every request this session makes, unless a request overrides.
    defaults = {
        "User-Agent": "asyncio-guide/1.0",
        "Accept": "application/json",
    }
    async with aiohttp.ClientSession(
        headers=defaults, timeout=timeout
    ) as session:
        # A list of pairs can repeat a key; aiohttp does the URL encoding.
        params = [("tag", "asyncio"), ("tag", "http"), ("q", "café & tea")]
        async with session.get(
            f"{BASE_URL}/get", params=params, headers={"X-Request-Id": "7"}
        ) as response:
            response.raise_for_status()
            echoed = await response.json()
        print(f"request line: GET {response.url.raw_path_qs}")
        print(f"the server decoded q as: {echoed['args']['q']!r}")
        seen = echoed["headers"]
        for name in ("User-Agent", "Accept", "X-Request-Id"):
            print(f"  {name}: {seen[name]}")

        # A header given to one request wins over the session's default.
        async with session.get(
            f"{BASE_URL}/user-agent", headers={"User-Agent": "override/2.0"}
        ) as response:
            response.raise_for_status()
            agent = (await response.json())["user-agent"]
        print(f"per-request User-Agent: {agent}")


if __name__ == "__main__":
    asyncio.run(main())
