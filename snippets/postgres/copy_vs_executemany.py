"""50,000 rows into a table: executemany vs copy_records_to_table
(measurement)."""

import asyncio
import os
import time

import asyncpg

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)
ROWS = [(n, f"user{n}", n * 0.5) for n in range(50_000)]
INSERT = "INSERT INTO scores (id, name, score) VALUES ($1, $2, $3)"


async def insert_many(connection: asyncpg.Connection) -> None:
    # One prepared INSERT, the rows' parameters sent in a pipeline,
    # all in one transaction.
    await connection.executemany(INSERT, ROWS)


async def copy_records(connection: asyncpg.Connection) -> None:
    # PostgreSQL's COPY protocol: rows streamed in binary, no statement.
    await connection.copy_records_to_table(
        "scores", records=ROWS, columns=["id", "name", "score"]
    )


async def main() -> None:
    connection = await asyncpg.connect(DATABASE_URL, timeout=10)
    try:
        await connection.execute(
            "CREATE TEMPORARY TABLE scores"
            " (id int PRIMARY KEY, name text, score float8)"
        )
        seconds, stored = {}, {}
        for name, load in [
            ("executemany", insert_many),
            ("copy", copy_records),
        ]:
            await connection.execute("TRUNCATE scores")
            started = time.perf_counter()
            await load(connection)
            seconds[name] = time.perf_counter() - started
            stored[name] = await connection.fetchval(
                "SELECT count(*) FROM scores"
            )
    finally:
        await connection.close()

    print(f"rows stored: {stored}")
    for name, elapsed in seconds.items():
        print(f"{name}_s: {elapsed:.3f}")
    speedup = seconds["executemany"] / seconds["copy"]
    print(f"copy_vs_executemany: {speedup:.1f}")


if __name__ == "__main__":
    asyncio.run(main())
