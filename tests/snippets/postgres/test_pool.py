import asyncio
import re

import asyncpg
import pytest

from guide.testing import assert_printed
from snippets.postgres import pool as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "pool of 4: 4 queries took 0.5s on 4 connection(s)",
    "pool of 1: 4 queries took 2.0s on 1 connection(s)",
]

LINE = re.compile(r"pool of (\d): 4 queries took (\d+\.\d)s on (\d) connection\(s\)")


def parse(lines: list[str]) -> dict[int, tuple[float, int]]:
    matches = [LINE.fullmatch(line) for line in lines]
    assert all(matches), lines
    return {int(m[1]): (float(m[2]), int(m[3])) for m in matches}


def test_pool_of_four_overlaps_pool_of_one_queues(reader_run):
    runs = parse(reader_run("postgres.pool"))
    assert list(runs) == [4, 1]
    (four_s, four_used), (one_s, one_used) = runs[4], runs[1]
    # Four 0.5 s queries at once on four connections: about one query's time.
    assert four_used == 4
    assert 0.5 <= four_s < 1.0
    # One connection: the queries wait for it in turn, 4 x 0.5 s at least.
    assert one_used == 1
    assert one_s >= 2.0
    assert one_s > 2.5 * four_s


def test_slow_query_sleeps_and_names_its_server_process(timed):
    async def scenario() -> tuple[int, int]:
        async with asyncpg.create_pool(
            example.DATABASE_URL, min_size=1, max_size=1, timeout=10
        ) as pool:
            first = await example.slow_query(pool)
            second = await example.slow_query(pool)
            return first, second

    (first, second), seconds = timed(scenario())
    # The same pooled connection served both: the same server process.
    assert first == second
    assert seconds == pytest.approx(1.0, abs=0.3)


def test_acquire_and_query_timeouts_fail_instead_of_hanging():
    async def scenario() -> list[str]:
        failures = []
        async with (
            asyncpg.create_pool(example.DATABASE_URL, min_size=1, max_size=1, timeout=10) as pool,
            pool.acquire() as connection,
        ):
            # The only connection is taken: waiting for another times out.
            try:
                await pool.acquire(timeout=0.2)
            except TimeoutError:
                failures.append("acquire")
            try:
                await connection.fetchval("SELECT pg_sleep(5)", timeout=0.2)
            except TimeoutError:
                failures.append("query")
            # The timed-out query was cancelled on the server too.
            failures.append(await connection.fetchval("SELECT 'usable'"))
        return failures

    assert asyncio.run(scenario(), debug=True) == ["acquire", "query", "usable"]


def test_prints_what_the_page_shows(reader_run):
    assert_printed(reader_run("postgres.pool"), EXPECTED)
