import asyncio
import re
import time

import asyncpg
import pytest

from snippets.postgres import copy_vs_executemany as example

FIGURE = re.compile(r"^(\w+): (\d+(?:\.\d+)?)$")


def test_both_store_every_row_and_the_figures_agree(reader_run):
    lines = reader_run("postgres.copy_vs_executemany")
    assert lines[0] == "rows stored: {'executemany': 50000, 'copy': 50000}"
    found = {m[1]: float(m[2]) for m in map(FIGURE.match, lines) if m}
    assert sorted(found) == ["copy_s", "copy_vs_executemany", "executemany_s"]
    # The printed speedup (to 0.1) is the ratio of the times, which are printed
    # rounded to 1 ms: with copy near 0.04 s that rounding alone moves the ratio by
    # 0.1, so the bounds come from the times' rounding, not a fixed margin.
    slow, fast, half_ms = found["executemany_s"], found["copy_s"], 0.0005
    lowest = (slow - half_ms) / (fast + half_ms)
    highest = (slow + half_ms) / (fast - half_ms)
    assert lowest - 0.05 <= found["copy_vs_executemany"] <= highest + 0.05


def test_copy_is_faster():
    """The fastest of three rounds each: one run of each, timed under the suite's load,
    once came out at 0.267 s against 0.135 s (about 5x on a quiet machine)."""

    async def best_times() -> dict[str, float]:
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            await connection.execute(
                "CREATE TEMPORARY TABLE scores (id int PRIMARY KEY, name text, score float8)"
            )
            best = {"executemany": float("inf"), "copy": float("inf")}
            for _ in range(3):
                for name, load in [
                    ("executemany", example.insert_many),
                    ("copy", example.copy_records),
                ]:
                    await connection.execute("TRUNCATE scores")
                    started = time.perf_counter()
                    await load(connection)
                    best[name] = min(best[name], time.perf_counter() - started)
            return best
        finally:
            await connection.close()

    best = asyncio.run(best_times())
    assert best["executemany"] > 2 * best["copy"], best


def test_executemany_is_all_or_nothing():
    async def scenario() -> int:
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            await connection.execute(
                "CREATE TEMPORARY TABLE scores (id int PRIMARY KEY, name text, score float8)"
            )
            # The third row repeats id 1: the whole batch fails.
            rows = [(1, "a", 1.0), (2, "b", 2.0), (1, "c", 3.0), (4, "d", 4.0)]
            with pytest.raises(asyncpg.UniqueViolationError):
                await connection.executemany(example.INSERT, rows)
            return await connection.fetchval("SELECT count(*) FROM scores")
        finally:
            await connection.close()

    assert asyncio.run(scenario(), debug=True) == 0


def test_copy_writes_the_records_it_is_given():
    async def scenario() -> list[tuple]:
        connection = await asyncpg.connect(example.DATABASE_URL, timeout=10)
        try:
            await connection.execute(
                "CREATE TEMPORARY TABLE scores (id int PRIMARY KEY, name text, score float8)"
            )
            await example.copy_records(connection)
            rows = await connection.fetch("SELECT * FROM scores ORDER BY id LIMIT 2")
            return [tuple(row) for row in rows]
        finally:
            await connection.close()

    assert asyncio.run(scenario(), debug=True) == [(0, "user0", 0.0), (1, "user1", 0.5)]
