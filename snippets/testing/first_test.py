"""pytest-asyncio: an async test function, marked to run on an event loop."""

import asyncio

import pytest

from snippets.testing._run_tests import run_pytest


# --8<-- [start:tests]
async def fetch_price(item: str) -> float:
    """The code under test: a coroutine that waits on I/O."""
    await asyncio.sleep(0.01)  # stands in for a network call
    return {"tea": 4.5, "coffee": 3.0}[item]


@pytest.mark.asyncio
async def test_price_of_tea():
    assert await fetch_price("tea") == 4.5


@pytest.mark.asyncio
async def test_unknown_item_raises():
    with pytest.raises(KeyError):
        await fetch_price("cake")


async def test_without_the_mark():
    # Strict mode runs no unmarked coroutine: pytest cannot await it.
    assert await fetch_price("coffee") == 3.0


# --8<-- [end:tests]


async def main() -> None:
    await run_pytest(__file__)


if __name__ == "__main__":
    asyncio.run(main())
