"""Connect to PostgreSQL, create a table, insert with $1 parameters, query."""

import asyncio
import os

import asyncpg

# Your server by default; the guide's tests and build use an embedded one.
DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)


async def main() -> None:
    connection = await asyncpg.connect(DATABASE_URL, timeout=10)
    try:
        await connection.execute(
            "CREATE TEMPORARY TABLE books (id serial PRIMARY KEY,"
            " title text NOT NULL, year int NOT NULL)"
        )
        # $1, $2: asyncpg sends values separately from the SQL text.
        await connection.executemany(
            "INSERT INTO books (title, year) VALUES ($1, $2)",
            [("Fluent Python", 2022), ("Python Cookbook", 2013)],
        )
        rows = await connection.fetch(
            "SELECT id, title, year FROM books WHERE year > $1 ORDER BY id",
            2000,
        )
        for row in rows:
            print(f"  {row['id']}: {row['title']} ({row['year']})")
        newest = await connection.fetchrow(
            "SELECT title FROM books ORDER BY year DESC LIMIT 1"
        )
        print(f"newest: {newest['title']}")
        count = await connection.fetchval("SELECT count(*) FROM books")
        print(f"{count} books")
        major = await connection.fetchval("SHOW server_version_num")
        print(f"server speaks PostgreSQL {int(major) // 10000}")
    finally:
        await connection.close()


if __name__ == "__main__":
    asyncio.run(main())
