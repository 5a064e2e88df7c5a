"""One connection runs one query at a time: a second concurrent query on it
fails; a pool gives each query its own connection."""

import asyncio
import os

import asyncpg

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)


def describe(result: object) -> str:
    if isinstance(result, Exception):
        return f"{type(result).__name__}: {result}"
    return repr(result)


async def main() -> None:
    connection = await asyncpg.connect(DATABASE_URL, timeout=10)
    try:
        print("one connection, two queries at once:")
        # return_exceptions: wait for both and show each outcome.
        results = await asyncio.gather(
            connection.fetchval("SELECT 'first' FROM pg_sleep(0.2)"),
            connection.fetchval("SELECT 'second'"),
            return_exceptions=True,
        )
        for result in results:
            print(f"  {describe(result)}")
    finally:
        await connection.close()

    async with asyncpg.create_pool(
        DATABASE_URL, min_size=2, max_size=2, timeout=10
    ) as pool:
        print("a pool of 2, two queries at once:")
        # pool.fetchval acquires a connection, runs the query, releases it.
        results = await asyncio.gather(
            pool.fetchval("SELECT 'first' FROM pg_sleep(0.2)"),
            pool.fetchval("SELECT 'second'"),
            return_exceptions=True,
        )
        for result in results:
            print(f"  {describe(result)}")


if __name__ == "__main__":
    asyncio.run(main())
