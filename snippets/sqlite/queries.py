"""Schema, parameterised inserts, executemany, and the three ways to read."""

import asyncio
import tempfile
from pathlib import Path

import aiosqlite

SCHEMA = """
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    year INTEGER NOT NULL
)
"""
INSERT = "INSERT INTO books (title, year) VALUES (?, ?)"


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with aiosqlite.connect(Path(folder) / "library.db") as db:
            await db.execute(SCHEMA)

            # One row: the values travel separately from the SQL text.
            cursor = await db.execute(INSERT, ("Fluent Python", 2022))
            print(f"execute: inserted row id {cursor.lastrowid}")
            await cursor.close()

            # Many rows, one call: one tuple of parameters per row.
            cursor = await db.executemany(
                INSERT,
                [
                    ("Python Cookbook", 2013),
                    ("Architecture Patterns with Python", 2020),
                    ("Python Concurrency with asyncio", 2022),
                ],
            )
            print(f"executemany: inserted {cursor.rowcount} rows")
            await cursor.close()
            await db.commit()

            # fetchall: every row at once, as a list of tuples.
            query = "SELECT title FROM books WHERE year >= ? ORDER BY id"
            async with db.execute(query, (2020,)) as cursor:
                rows = await cursor.fetchall()
            print(f"fetchall: {len(rows)} rows since 2020: {rows[0]}, ...")

            # fetchone: the next row, or None when there is none.
            query = "SELECT id, year FROM books WHERE title = ?"
            async with db.execute(query, ("Python Cookbook",)) as cursor:
                print(f"fetchone: {await cursor.fetchone()}")
            async with db.execute(query, ("No Such Book",)) as cursor:
                print(f"fetchone, no match: {await cursor.fetchone()}")

            # async for: rows arrive in chunks, never all in memory.
            print("async for:")
            query = "SELECT year, title FROM books ORDER BY year, title"
            async with db.execute(query) as cursor:
                async for year, title in cursor:
                    print(f"  {year}  {title}")


if __name__ == "__main__":
    asyncio.run(main())
