"""unittest.IsolatedAsyncioTestCase: async tests with the standard library
only, each on a fresh event loop in debug mode."""

import asyncio
import unittest

from snippets.testing._run_tests import run_unittest


# --8<-- [start:tests]
async def fetch_price(item: str) -> float:
    """The code under test: a coroutine that waits on I/O."""
    await asyncio.sleep(0.01)  # stands in for a network call
    return {"tea": 4.5, "coffee": 3.0}[item]


class PriceTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:
        # Runs on the test's own loop: create loop-bound objects here.
        self.queue: asyncio.Queue[str] = asyncio.Queue()
        await self.queue.put("tea")

    async def asyncTearDown(self) -> None:
        self.assertTrue(self.queue.empty())

    async def test_price_of_tea(self) -> None:
        item = await self.queue.get()
        self.assertEqual(await fetch_price(item), 4.5)

    async def test_runs_in_debug_mode(self) -> None:
        self.assertTrue(asyncio.get_running_loop().get_debug())
        await self.queue.get()


# --8<-- [end:tests]


async def main() -> None:
    await run_unittest(__spec__.name)


if __name__ == "__main__":
    asyncio.run(main())
