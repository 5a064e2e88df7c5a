"""A fallback on timeout: serve the last good value from a cache."""

import asyncio
import time

cache: dict[str, float] = {}


async def fetch_price(item: str, delay: float) -> float:
    await asyncio.sleep(delay)  # stands in for a call to a slow service
    return 42.0


async def fetch_with_fallback(
    item: str, delay: float, limit: float = 0.5
) -> float:
    try:
        async with asyncio.timeout(limit):
            price = await fetch_price(item, delay)
    except TimeoutError:
        if item not in cache:
            raise  # nothing to fall back on
        print(f"  {item}: request timed out, using cached data")
        return cache[item]
    cache[item] = price
    return price


async def show(item: str, delay: float) -> None:
    started = time.perf_counter()
    try:
        outcome = f"{await fetch_with_fallback(item, delay):.2f}"
    except TimeoutError:
        outcome = "TimeoutError, nothing cached"
    print(f"{item}: {outcome}  [{time.perf_counter() - started:.1f}s]")


async def main() -> None:
    await show("tea", delay=0.2)  # in time: a fresh price, now cached
    await show("tea", delay=2)  # too slow: the cached price
    await show("coffee", delay=2)  # too slow, and never cached


if __name__ == "__main__":
    asyncio.run(main())
