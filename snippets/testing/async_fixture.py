"""An async fixture: setup before the yield, teardown after, for each
test."""

import asyncio

import aiosqlite
import pytest
import pytest_asyncio

from snippets.testing._run_tests import run_pytest


# --8<-- [start:tests]
async def add_order(db: aiosqlite.Connection, item: str) -> int:
    """The code under test: insert a row, return how many there are."""
    await db.execute("INSERT INTO orders (item) VALUES (?)", (item,))
    async with db.execute("SELECT count(*) FROM orders") as cursor:
        (count,) = await cursor.fetchone()
    return count


@pytest_asyncio.fixture
async def db():
    print("setup: open an empty database")
    async with aiosqlite.connect(":memory:") as connection:
        await connection.execute("CREATE TABLE orders (item TEXT)")
        yield connection  # the test runs here
        print("teardown: close it")


@pytest.mark.asyncio
async def test_first_order(db):
    print("test: one order")
    assert await add_order(db, "tea") == 1


@pytest.mark.asyncio
async def test_each_test_gets_a_fresh_database(db):
    print("test: again one order, nothing left from the other test")
    assert await add_order(db, "coffee") == 1


# --8<-- [end:tests]


async def main() -> None:
    # -s: show what the fixture and the tests print, in order.
    await run_pytest(__file__, "-s")


if __name__ == "__main__":
    asyncio.run(main())
