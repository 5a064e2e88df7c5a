"""Testing a timeout without waiting for it: the test passes a short
deadline."""

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from snippets.testing._run_tests import run_pytest


# --8<-- [start:tests]
async def price_or_cached(
    fetch: Callable[[], Awaitable[float]], cached: float, limit: float = 5.0
) -> float:
    """The code under test: a fresh price, or the cached one if the fetch
    takes longer than ``limit`` seconds."""
    try:
        async with asyncio.timeout(limit):
            return await fetch()
    except TimeoutError:
        return cached


async def never_answers() -> float:
    await asyncio.Event().wait()  # a server that hangs
    raise AssertionError("not reached")


@pytest.mark.asyncio
async def test_a_hanging_fetch_falls_back_quickly():
    loop = asyncio.get_running_loop()
    started = loop.time()
    # 0.05 s instead of the 5 s default: the same code path, 100 times
    # sooner.
    assert await price_or_cached(never_answers, 4.0, limit=0.05) == 4.0
    assert loop.time() - started < 1


@pytest.mark.asyncio
async def test_the_hanging_fetch_is_cancelled():
    fetch = asyncio.create_task(never_answers())
    await price_or_cached(lambda: fetch, 4.0, limit=0.05)
    assert fetch.cancelled()


@pytest.mark.asyncio
async def test_a_timely_fetch_wins():
    async def answers() -> float:
        await asyncio.sleep(0)
        return 4.5

    assert await price_or_cached(answers, 4.0, limit=0.05) == 4.5


# --8<-- [end:tests]


async def main() -> None:
    await run_pytest(__file__)


if __name__ == "__main__":
    asyncio.run(main())
