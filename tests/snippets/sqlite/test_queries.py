import asyncio

import aiosqlite
import pytest

from guide.testing import assert_printed
from snippets.sqlite import queries as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "execute: inserted row id 1",
    "executemany: inserted 3 rows",
    "fetchall: 3 rows since 2020: ('Fluent Python',), ...",
    "fetchone: (2, 2013)",
    "fetchone, no match: None",
    "async for:",
    "  2013  Python Cookbook",
    "  2020  Architecture Patterns with Python",
    "  2022  Fluent Python",
    "  2022  Python Concurrency with asyncio",
]


def test_each_way_of_reading(reader_run):
    assert_printed(reader_run("sqlite.queries"), EXPECTED)


def test_placeholders_store_hostile_text_as_data(tmp_path):
    """A ? placeholder sends the value as data: quotes never become SQL."""
    hostile = "x', 1); DROP TABLE books; --"

    async def scenario() -> list[tuple]:
        async with aiosqlite.connect(tmp_path / "library.db") as db:
            await db.execute(example.SCHEMA)
            await db.execute(example.INSERT, (hostile, 2024))
            async with db.execute("SELECT title, year FROM books") as cursor:
                return list(await cursor.fetchall())

    assert asyncio.run(scenario(), debug=True) == [(hostile, 2024)]


def test_async_for_fetches_in_chunks(tmp_path):
    """async for reads rows through fetchmany, 64 at a time by default."""

    async def scenario() -> tuple[int, int]:
        async with aiosqlite.connect(tmp_path / "n.db") as db:
            sizes = []
            async with db.execute(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL"
                " SELECT x + 1 FROM n WHERE x < 150) SELECT x FROM n"
            ) as cursor:
                fetchmany = cursor.fetchmany

                async def spy(size=None):
                    rows = await fetchmany(size)
                    sizes.append(len(rows))
                    return rows

                cursor.fetchmany = spy
                count = 0
                async for _ in cursor:
                    count += 1
            return count, sizes

    count, sizes = asyncio.run(scenario(), debug=True)
    assert count == 150
    assert sizes == [64, 64, 22, 0]


def test_async_with_closes_the_cursor(tmp_path):
    async def scenario() -> None:
        async with aiosqlite.connect(tmp_path / "c.db") as db:
            async with db.execute("SELECT 1") as cursor:
                pass
            await cursor.fetchone()

    with pytest.raises(aiosqlite.ProgrammingError, match="closed cursor"):
        asyncio.run(scenario(), debug=True)
