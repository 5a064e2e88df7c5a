"""POST a JSON body and a form; httpbin echoes back what it received."""

import asyncio
import os

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        payload = {"name": "ada", "languages": ["python", "c"], "admin": False}
        # json= serialises the body and sets Content-Type: application/json.
        async with session.post(f"{BASE_URL}/post", json=payload) as response:
            echoed = await response.json()
        print(f"sent JSON, content type: {echoed['headers']['Content-Type']}")
        print(f"server parsed: {echoed['json']}")
        print(f"round trip intact: {echoed['json'] == payload}")

        # data= with a dict sends a form (application/x-www-form-urlencoded).
        form = {"user": "ada", "remember": "yes"}
        async with session.post(f"{BASE_URL}/post", data=form) as response:
            echoed = await response.json()
        print(f"sent a form, server saw: {echoed['form']}")


if __name__ == "__main__":
    asyncio.run(main())
