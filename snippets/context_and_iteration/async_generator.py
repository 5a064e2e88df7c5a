"""An async generator fetches a page only when `async for` asks for
more: the generator and the loop that consumes it take turns."""

import asyncio
from collections.abc import AsyncIterator


async def fetch_page(number: int) -> list[str]:
    await asyncio.sleep(0.1)  # a request to a paginated API
    return [f"item {number}.{i}" for i in (1, 2)]


async def items(pages: int) -> AsyncIterator[str]:
    """Every item of every page, one page fetched at a time."""
    for number in range(1, pages + 1):
        print(f"generator: fetching page {number}")
        for item in await fetch_page(number):
            yield item  # paused here until the consumer asks again


async def main() -> None:
    async for item in items(pages=3):
        print(f"consumer:  got {item}")
        await asyncio.sleep(0.1)  # work on the item

    # Without the loop: the same protocol, one step at a time.
    two_pages = items(pages=2)
    print(f"anext() gives: {await anext(two_pages)}")
    await two_pages.aclose()  # done early: close it (see below)


if __name__ == "__main__":
    asyncio.run(main())
