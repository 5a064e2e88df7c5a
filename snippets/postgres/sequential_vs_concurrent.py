"""Ten slow queries over one pool: awaited one by one, then all at once
(measurement)."""

import asyncio
import os
import time

import asyncpg

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)
QUERIES = 10
# pg_sleep(0.2) stands in for a query that keeps the server busy.
REPORT = "SELECT $1::int * 10 FROM pg_sleep(0.2)"


async def report(pool: asyncpg.Pool, region: int) -> int:
    async with pool.acquire(timeout=10) as connection:
        return await connection.fetchval(REPORT, region, timeout=5)


async def main() -> None:
    async with asyncpg.create_pool(
        DATABASE_URL, min_size=QUERIES, max_size=QUERIES, timeout=10
    ) as pool:
        # Warm up: the first query on each connection also prepares it.
        await asyncio.gather(*(report(pool, n) for n in range(QUERIES)))

        started = time.perf_counter()
        # A pool alone does not make code concurrent: each await waits.
        one_by_one = [await report(pool, n) for n in range(QUERIES)]
        sequential = time.perf_counter() - started

        started = time.perf_counter()
        at_once = await asyncio.gather(
            *(report(pool, n) for n in range(QUERIES))
        )
        concurrent = time.perf_counter() - started

    print(f"same results: {one_by_one == at_once}")
    print(f"queries: {QUERIES}")
    print(f"sequential_s: {sequential:.2f}")
    print(f"concurrent_s: {concurrent:.2f}")
    print(f"speedup: {sequential / concurrent:.1f}")


if __name__ == "__main__":
    asyncio.run(main())
