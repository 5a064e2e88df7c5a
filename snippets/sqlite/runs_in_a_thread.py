"""aiosqlite runs sqlite3 in a thread of its own per connection, so a slow
query does not block the event loop; sqlite3 called directly does."""

import asyncio
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import aiosqlite


def slow_step(seconds: float) -> int:
    """An SQL function standing in for a slow query (a big scan, a lock)."""
    time.sleep(seconds)
    # 1 if SQLite called it on the thread that runs the event loop.
    return int(threading.current_thread() is threading.main_thread())


async def blocking_query(path: Path) -> int:
    # The mistake: plain sqlite3 inside a coroutine runs on the loop's thread.
    db = sqlite3.connect(path)
    try:
        db.create_function("slow_step", 1, slow_step)
        return db.execute("SELECT slow_step(0.5)").fetchone()[0]
    finally:
        db.close()


async def threaded_query(path: Path) -> int:
    async with aiosqlite.connect(path) as db:
        await db.create_function("slow_step", 1, slow_step)
        async with db.execute("SELECT slow_step(0.5)") as cursor:
            (on_main_thread,) = await cursor.fetchone()
        return on_main_thread


async def alongside_other_work(query) -> str:
    """Run the query, then a task that waits 0.5 s; time both together."""
    started = time.perf_counter()
    async with asyncio.TaskGroup() as group:
        result = group.create_task(query)
        group.create_task(asyncio.sleep(0.5))
    elapsed = time.perf_counter() - started
    return (
        f"{elapsed:.1f}s, query on the loop's thread: {bool(result.result())}"
    )


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "app.db"

        before = threading.active_count()
        async with aiosqlite.connect(path), aiosqlite.connect(path):
            added = threading.active_count() - before
            print(f"two open aiosqlite connections: {added} new threads")

        print(f"sqlite3:   {await alongside_other_work(blocking_query(path))}")
        print(f"aiosqlite: {await alongside_other_work(threaded_query(path))}")


if __name__ == "__main__":
    asyncio.run(main())
