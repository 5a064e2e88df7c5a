import asyncio

import aiosqlite

from guide.testing import assert_printed
from snippets.testing import async_fixture as example

EXPECTED = [
    "$ python -m pytest async_fixture.py -q -s",
    "setup: open an empty database",
    "test: one order",
    ".teardown: close it",
    "setup: open an empty database",
    "test: again one order, nothing left from the other test",
    ".teardown: close it",
    "",
    "2 passed",
]


def test_setup_and_teardown_wrap_each_test(reader_run):
    lines = reader_run("testing.async_fixture")
    assert_printed(lines, EXPECTED)
    assert lines.count("setup: open an empty database") == 2


def test_add_order_counts_rows():
    async def two_orders() -> list[int]:
        async with aiosqlite.connect(":memory:") as db:
            await db.execute("CREATE TABLE orders (item TEXT)")
            return [await example.add_order(db, item) for item in ("tea", "cake")]

    assert asyncio.run(two_orders()) == [1, 2]
