"""Connect with DATABASE_URL; execute, fetch, fetchrow, fetchval with $1."""

import asyncio
import os

import asyncpg

# Your server by default; the guide's tests and build use an embedded one.
DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)


async def main() -> None:
    connection = await asyncpg.connect(DATABASE_URL, timeout=10)
    # try/finally: the connection is closed even if a query fails.
    try:
        # execute: no rows back, only the command's status.
        status = await connection.execute(
            "CREATE TEMPORARY TABLE books (id serial PRIMARY KEY,"
            " title text NOT NULL, year int NOT NULL)"
        )
        print(f"execute: {status!r}")
        # $1, $2: asyncpg sends the values separately from the SQL text.
        status = await connection.execute(
            "INSERT INTO books (title, year) VALUES ($1, $2)",
            "Fluent Python",
            2022,
        )
        print(f"execute: {status!r}")
        await connection.executemany(
            "INSERT INTO books (title, year) VALUES ($1, $2)",
            [("Python Cookbook", 2013), ("Effective Python", 2019)],
        )

        # fetch: a list of Records.
        rows = await connection.fetch(
            "SELECT id, title, year FROM books WHERE year > $1 ORDER BY id",
            2015,
        )
        print(f"fetch: {len(rows)} rows")
        for row in rows:
            print(f"  {row['id']}: {row['title']} ({row['year']})")

        # fetchrow: the first row, or None.
        row = await connection.fetchrow(
            "SELECT * FROM books ORDER BY year LIMIT 1"
        )
        print(f"fetchrow: {dict(row)}")
        missing = await connection.fetchrow(
            "SELECT * FROM books WHERE title = $1", "No Such Book"
        )
        print(f"fetchrow, no match: {missing}")

        # fetchval: one value of the first row.
        count = await connection.fetchval("SELECT count(*) FROM books")
        print(f"fetchval: {count} books")
        version = await connection.fetchval("SHOW server_version_num")
        print(f"server speaks PostgreSQL {int(version) // 10000}")
    finally:
        await connection.close()


if __name__ == "__main__":
    asyncio.run(main())
