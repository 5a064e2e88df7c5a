"""GET with query parameters and a header, then read the JSON response."""

import asyncio
import os

import aiohttp

# httpbin.org by default; the guide's tests and build set a local copy.
BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    headers = {"X-Request-Id": "guide-42"}
    async with aiohttp.ClientSession(timeout=timeout) as session:
        params = {"q": "asyncio", "page": "2"}
        async with session.get(
            f"{BASE_URL}/get", params=params, headers=headers
        ) as response:
            print(f"status: {response.status}")
            print(f"content type: {response.content_type}")
            echoed = await response.json()
        print(f"query the server saw: {echoed['args']}")
        print(f"our header came back: {echoed['headers']['X-Request-Id']}")

        async with session.get(f"{BASE_URL}/json") as response:
            response.raise_for_status()
            document = await response.json()
        slideshow = document["slideshow"]
        slides = len(slideshow["slides"])
        print(f"slideshow: {slideshow['title']!r}, {slides} slides")


if __name__ == "__main__":
    asyncio.run(main())
