"""GET a URL, check the status, read the JSON response."""

import asyncio
import os

import aiohttp

# httpbin.org by default; the guide's tests and build set a local copy.
BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        params = {"q": "asyncio", "page": "2"}
        async with session.get(f"{BASE_URL}/get", params=params) as response:
            print(f"status: {response.status}")
            # 4xx or 5xx: raise now instead of parsing an error page as data.
            response.raise_for_status()
            print(f"content type: {response.content_type}")
            echoed = await response.json()
        print(f"query the server saw: {echoed['args']}")

        async with session.get(f"{BASE_URL}/json") as response:
            response.raise_for_status()
            document = await response.json()
        slideshow = document["slideshow"]
        slides = len(slideshow["slides"])
        print(f"slideshow: {slideshow['title']!r}, {slides} slides")


if __name__ == "__main__":
    asyncio.run(main())
