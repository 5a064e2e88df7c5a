import asyncio

import asyncpg
import pytest

from guide.testing import assert_printed
from snippets.postgres import one_connection_busy as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "one connection, two queries at once:",
    "  'first'",
    "  InterfaceError: cannot perform operation: another operation is in progress",
    "a pool of 2, two queries at once:",
    "  'first'",
    "  'second'",
]


def test_second_query_on_a_busy_connection_fails(reader_run):
    assert_printed(reader_run("postgres.one_connection_busy"), EXPECTED)


def test_the_connection_works_again_once_the_first_query_ends():
    async def scenario() -> str:
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            first = asyncio.create_task(connection.fetchval("SELECT 1 FROM pg_sleep(0.2)"))
            await asyncio.sleep(0.05)
            with pytest.raises(asyncpg.InterfaceError, match="another operation"):
                await connection.fetchval("SELECT 2")
            assert await first == 1
            return await connection.fetchval("SELECT 'usable'")
        finally:
            await connection.close()

    assert asyncio.run(scenario(), debug=True) == "usable"
