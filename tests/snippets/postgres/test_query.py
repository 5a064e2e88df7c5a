import asyncio
import os
import threading

import asyncpg

from guide.testing import assert_printed
from snippets.postgres import query as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "execute: 'CREATE TABLE'",
    "execute: 'INSERT 0 1'",
    "fetch: 2 rows",
    "  1: Fluent Python (2022)",
    "  3: Effective Python (2019)",
    "fetchrow: {'id': 2, 'title': 'Python Cookbook', 'year': 2013}",
    "fetchrow, no match: None",
    "fetchval: 3 books",
    "server speaks PostgreSQL 18",
]


def test_parameterised_insert_and_queries(reader_run):
    assert_printed(reader_run("postgres.query"), EXPECTED)


def test_the_example_reads_database_url():
    assert os.environ["DATABASE_URL"] == example.DATABASE_URL


def test_parameters_are_data_not_sql():
    hostile = "x'); DROP TABLE books; --"

    async def scenario() -> list[str]:
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            await connection.execute("CREATE TEMPORARY TABLE books (title text)")
            await connection.execute("INSERT INTO books VALUES ($1)", hostile)
            return [row["title"] for row in await connection.fetch("SELECT title FROM books")]
        finally:
            await connection.close()

    assert asyncio.run(scenario(), debug=True) == [hostile]


def test_status_counts_rows_and_records_read_by_position():
    async def scenario() -> tuple[str, tuple, int]:
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            await connection.execute("CREATE TEMPORARY TABLE t (a int, b text)")
            status = await connection.execute("INSERT INTO t VALUES (1, 'x'), (2, 'y')")
            row = await connection.fetchrow("SELECT a, b FROM t ORDER BY a")
            return status, (row[0], row[1]), row["a"]
        finally:
            await connection.close()

    assert asyncio.run(scenario(), debug=True) == ("INSERT 0 2", (1, "x"), 1)


def test_temporary_tables_belong_to_one_connection():
    async def scenario() -> tuple[bool, bool, bool]:
        first = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        second = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            await first.execute("CREATE TEMPORARY TABLE mine (a int)")
            exists = "SELECT to_regclass('pg_temp.mine') IS NOT NULL"
            here, there = await first.fetchval(exists), await second.fetchval(exists)
            await first.close()
            third = await asyncpg.connect(example.DATABASE_URL, timeout=10)
            try:
                later = await third.fetchval(exists)
            finally:
                await third.close()
            return here, there, later
        finally:
            await first.close()
            await second.close()

    # Visible to its own connection only, and gone once it closes.
    assert asyncio.run(scenario(), debug=True) == (True, False, False)


def test_asyncpg_starts_no_threads():
    async def scenario() -> int:
        before = threading.active_count()
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            await connection.fetchval("SELECT 1 FROM pg_sleep(0.1)")
            return threading.active_count() - before
        finally:
            await connection.close()

    assert asyncio.run(scenario(), debug=True) == 0
