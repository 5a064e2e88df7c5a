"""A pool runs queries at once, one per connection: 4 slow queries over a
pool of 4 take as long as one; over a pool of 1 they queue."""

import asyncio
import os
import time

import asyncpg

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)
# pg_sleep stands in for a slow query; the result says which server
# process (one per connection) ran it.
SLOW_QUERY = "SELECT pg_backend_pid() FROM pg_sleep($1)"


async def slow_query(pool: asyncpg.Pool) -> int:
    # Borrow a connection; it goes back to the pool when the block ends.
    async with pool.acquire(timeout=10) as connection:
        return await connection.fetchval(SLOW_QUERY, 0.5, timeout=5)


async def main() -> None:
    for size in (4, 1):
        async with asyncpg.create_pool(
            DATABASE_URL, min_size=size, max_size=size, timeout=10
        ) as pool:
            started = time.perf_counter()
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(slow_query(pool)) for _ in range(4)]
            elapsed = time.perf_counter() - started
        used = len({task.result() for task in tasks})
        print(
            f"pool of {size}: 4 queries took {elapsed:.1f}s"
            f" on {used} connection(s)"
        )


if __name__ == "__main__":
    asyncio.run(main())
