"""Rows as tuples, as aiosqlite.Row (by column name), or as plain dicts."""

import asyncio
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import aiosqlite

QUERY = "SELECT name, born FROM people ORDER BY born"


def dict_factory(cursor: sqlite3.Cursor, row: tuple) -> dict[str, Any]:
    """A custom row factory: column names from the cursor, values from row."""
    names = [column[0] for column in cursor.description]
    return dict(zip(names, row, strict=True))


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with aiosqlite.connect(Path(folder) / "people.db") as db:
            await db.execute("CREATE TABLE people (name TEXT, born INTEGER)")
            await db.executemany(
                "INSERT INTO people VALUES (?, ?)",
                [("Grace Hopper", 1906), ("Ada Lovelace", 1815)],
            )
            await db.commit()

            # The default: plain tuples, read by position.
            async with db.execute(QUERY) as cursor:
                row = await cursor.fetchone()
            print(f"default:       {type(row).__name__} {row}")

            # aiosqlite.Row (it is sqlite3.Row): by name or by position.
            db.row_factory = aiosqlite.Row
            async with db.execute(QUERY) as cursor:
                row = await cursor.fetchone()
            print(f"aiosqlite.Row: keys {row.keys()}")
            print(
                f"               row['name'] = {row['name']!r}, "
                f"row[1] = {row[1]}"
            )

            # A function of (cursor, row): here, dicts you can serialise.
            db.row_factory = dict_factory
            async with db.execute(QUERY) as cursor:
                rows = await cursor.fetchall()
            print("dict_factory:")
            for row in rows:
                print(f"  {row}")


if __name__ == "__main__":
    asyncio.run(main())
