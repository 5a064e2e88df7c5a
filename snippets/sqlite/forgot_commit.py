"""Leaving `async with aiosqlite.connect()` closes; it does not commit."""

import asyncio
import tempfile
from pathlib import Path

import aiosqlite


async def add_note(path: Path, text: str, *, commit: bool) -> None:
    async with aiosqlite.connect(path) as db:
        await db.execute("INSERT INTO notes (text) VALUES (?)", (text,))
        if commit:
            await db.commit()
    # Leaving the block closed the connection; without commit() the
    # insert was still an open transaction, and closing rolled it back.


async def saved_notes(path: Path) -> list[str]:
    query = "SELECT text FROM notes ORDER BY id"
    async with (
        aiosqlite.connect(path) as db,
        db.execute(query) as cursor,
    ):
        return [text for (text,) in await cursor.fetchall()]


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.db"
        async with aiosqlite.connect(path) as db:
            await db.execute(
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, text)"
            )
            await db.commit()

        await add_note(path, "forgotten", commit=False)
        print(f"without commit(): saved notes: {await saved_notes(path)}")
        await add_note(path, "kept", commit=True)
        print(f"with commit():    saved notes: {await saved_notes(path)}")


if __name__ == "__main__":
    asyncio.run(main())
