"""A real SQLite file: write through one connection, read through another."""

import asyncio
import tempfile
from pathlib import Path

import aiosqlite

SCHEMA = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE
)
"""


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "app.db"

        async with aiosqlite.connect(path) as db:
            await db.execute(SCHEMA)
            # Placeholders (?), never string formatting: the driver quotes.
            await db.executemany(
                "INSERT INTO users (name, email) VALUES (?, ?)",
                [("Ada", "ada@example.com"), ("Grace", "grace@example.com")],
            )
            await db.commit()
        print(f"wrote {path.name}: {path.stat().st_size} bytes on disk")

        # A new connection sees what the first one committed.
        async with aiosqlite.connect(path) as db:
            db.row_factory = aiosqlite.Row
            query = "SELECT id, name, email FROM users ORDER BY id"
            async with db.execute(query) as cursor:
                async for row in cursor:
                    print(f"  {row['id']}: {row['name']} <{row['email']}>")
            async with db.execute(
                "SELECT name FROM users WHERE email = ?",
                ("grace@example.com",),
            ) as cursor:
                (name,) = await cursor.fetchone()
            print(f"looked up by email: {name}")


if __name__ == "__main__":
    asyncio.run(main())
