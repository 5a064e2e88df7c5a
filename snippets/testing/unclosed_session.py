"""Warnings as errors: a test that forgets to close an aiohttp
session fails instead of passing."""

import asyncio

import aiohttp
import pytest

from snippets.testing._run_tests import run_pytest


# --8<-- [start:tests]
class PriceClient:
    """The code under test: owns an HTTP session, closed by ``async with``."""

    def __init__(self) -> None:
        timeout = aiohttp.ClientTimeout(total=5)
        self.session = aiohttp.ClientSession(timeout=timeout)

    async def __aenter__(self) -> "PriceClient":
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.session.close()


@pytest.mark.asyncio
async def test_the_block_closes_the_session():
    async with PriceClient() as client:
        assert not client.session.closed
    assert client.session.closed


@pytest.mark.asyncio
async def test_forgets_to_close():
    client = PriceClient()  # never closed: a leak
    assert not client.session.closed


# --8<-- [end:tests]


async def main() -> None:
    # With Python's default warning filters the leak goes unnoticed...
    await run_pytest(__file__, "--tb=no")
    print()
    # ...with every warning an error, the test that leaked fails.
    await run_pytest(__file__, "--tb=no", "-W", "error")


if __name__ == "__main__":
    asyncio.run(main())
