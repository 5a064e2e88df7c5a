import asyncio

import asyncpg
import pytest

from guide.testing import assert_printed
from snippets.postgres import prepared as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "parameters: ['text', 'int4'], columns: [('name', 'text')]",
    "  fetch('FR', 400000): ['Paris', 'Lyon']",
    "  fetch('JP', 0): ['Tokyo', 'Osaka']",
    "  fetch('FR', 0): ['Paris', 'Lyon', 'Nice']",
    "  fetchval('JP', 0): Tokyo",
    "DataError: invalid input for query argument $2: '400000'"
    " ('str' object cannot be interpreted as an integer)",
    "server-side statements after 3 fetchval() calls: 1",
]


def test_prepare_once_run_many(reader_run):
    assert_printed(reader_run("postgres.prepared"), EXPECTED)


def test_type_error_is_raised_before_the_server_sees_anything():
    async def scenario() -> int:
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            statement = await connection.prepare("SELECT $1::int + 1")
            with pytest.raises(asyncpg.DataError):
                await statement.fetchval("1")
            # The connection is not in an aborted state: it carries on.
            assert not connection.is_in_transaction()
            return await statement.fetchval(1)
        finally:
            await connection.close()

    assert asyncio.run(scenario(), debug=True) == 2


def test_without_the_statement_cache_nothing_stays_prepared():
    """The count of 1 comes from asyncpg's cache, not from PostgreSQL itself."""

    async def scenario() -> int:
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10, statement_cache_size=0)
        try:
            query = "SELECT $1::int * 2"
            for n in range(3):
                await connection.fetchval(query, n)
            return await connection.fetchval(
                "SELECT count(*) FROM pg_prepared_statements WHERE statement = $1", query
            )
        finally:
            await connection.close()

    assert asyncio.run(scenario(), debug=True) == 0
