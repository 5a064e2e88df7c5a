"""Prepared statements: the server parses a query once, then runs it with
new parameters; asyncpg also prepares and caches fetch() queries itself."""

import asyncio
import os

import asyncpg

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)
CITIES = [
    ("Paris", "FR", 2_100_000),
    ("Lyon", "FR", 520_000),
    ("Nice", "FR", 340_000),
    ("Tokyo", "JP", 14_000_000),
    ("Osaka", "JP", 2_700_000),
]
BIG_CITIES = (
    "SELECT name FROM cities WHERE country = $1 AND population > $2"
    " ORDER BY population DESC"
)


async def main() -> None:
    connection = await asyncpg.connect(DATABASE_URL, timeout=10)
    try:
        await connection.execute(
            "CREATE TEMPORARY TABLE cities"
            " (name text, country text, population int)"
        )
        await connection.executemany(
            "INSERT INTO cities VALUES ($1, $2, $3)", CITIES
        )

        # Parsed and planned once; the server tells asyncpg the types.
        statement = await connection.prepare(BIG_CITIES)
        parameters = [type_.name for type_ in statement.get_parameters()]
        columns = [(a.name, a.type.name) for a in statement.get_attributes()]
        print(f"parameters: {parameters}, columns: {columns}")

        # Each run sends only the new values.
        for country, minimum in [("FR", 400_000), ("JP", 0), ("FR", 0)]:
            rows = await statement.fetch(country, minimum, timeout=5)
            names = [row["name"] for row in rows]
            print(f"  fetch({country!r}, {minimum}): {names}")
        print(f"  fetchval('JP', 0): {await statement.fetchval('JP', 0)}")

        # The types are checked before anything is sent: a str is no int4.
        try:
            await statement.fetch("FR", "400000")
        except asyncpg.DataError as error:
            print(f"DataError: {error}")

        # connection.fetch() with the same SQL text reuses one statement.
        counted = "SELECT count(*) FROM cities WHERE population > $1"
        for minimum in (0, 1_000_000, 5_000_000):
            await connection.fetchval(counted, minimum)
        prepared = await connection.fetchval(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement = $1",
            counted,
        )
        print(f"server-side statements after 3 fetchval() calls: {prepared}")
    finally:
        await connection.close()


if __name__ == "__main__":
    asyncio.run(main())
