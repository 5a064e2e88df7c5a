"""Async comprehensions collect from an async iterator, or await in
each step: one step after another, never at the same time."""

import asyncio
import time
from collections.abc import AsyncIterator


async def squares(count: int) -> AsyncIterator[int]:
    for n in range(count):
        await asyncio.sleep(0.2)  # each value takes a while to arrive
        yield n * n


async def double(n: int) -> int:
    await asyncio.sleep(0.2)  # a request per value
    return 2 * n


async def main() -> None:
    started = time.perf_counter()
    evens = [n async for n in squares(4) if n % 2 == 0]
    took = time.perf_counter() - started
    print(f"async for in a list: {evens} in {took:.1f}s")

    started = time.perf_counter()
    by_name = {n: await double(n) for n in range(3)}
    took = time.perf_counter() - started
    print(f"await in a dict:     {by_name} in {took:.1f}s")

    started = time.perf_counter()
    gathered = await asyncio.gather(*(double(n) for n in range(3)))
    took = time.perf_counter() - started
    print(f"gather instead:      {gathered} in {took:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
