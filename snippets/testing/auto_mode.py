"""pytest-asyncio's auto mode: every async test and fixture runs on a loop,
no marks needed."""

import asyncio

import pytest

from snippets.testing._run_tests import run_pytest


# --8<-- [start:tests]
async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.01)  # stands in for a network call
    return {"tea": 4.5, "coffee": 3.0}[item]


@pytest.fixture
async def basket() -> list[str]:
    # In auto mode a plain @pytest.fixture may be a coroutine too.
    await asyncio.sleep(0)
    return ["tea", "coffee"]


async def test_total(basket):
    prices = [await fetch_price(item) for item in basket]
    assert sum(prices) == 7.5


async def test_runs_on_an_event_loop():
    assert asyncio.get_running_loop().is_running()


# --8<-- [end:tests]


async def main() -> None:
    # The same as `asyncio_mode = auto` in the [pytest] configuration.
    await run_pytest(__file__, "-o", "asyncio_mode=auto")


if __name__ == "__main__":
    asyncio.run(main())
