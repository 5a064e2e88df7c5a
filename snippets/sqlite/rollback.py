"""A transfer that fails halfway is rolled back: another connection sees
the balances as they were."""

import asyncio
import sqlite3
import tempfile
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

SCHEMA = """
CREATE TABLE accounts (
    name TEXT PRIMARY KEY,
    balance INTEGER NOT NULL,
    CONSTRAINT balance_limit CHECK (balance <= 150)
)
"""


@asynccontextmanager
async def transaction(db: aiosqlite.Connection):
    """Commit if the block succeeds, roll back if anything escapes it."""
    try:
        yield db
    except BaseException:
        await db.rollback()
        raise
    else:
        await db.commit()


async def transfer(db: aiosqlite.Connection, amount: int) -> None:
    update = "UPDATE accounts SET balance = balance + ? WHERE name = ?"
    async with transaction(db):
        await db.execute(update, (-amount, "alice"))
        print(
            f"  debited alice {amount}; in a transaction: {db.in_transaction}"
        )
        # Fails if bob would go over the limit: nothing is committed.
        await db.execute(update, (amount, "bob"))


async def balances(db: aiosqlite.Connection) -> str:
    query = "SELECT name, balance FROM accounts ORDER BY name"
    async with db.execute(query) as cursor:
        pairs = [f"{name}={balance}" async for name, balance in cursor]
    return ", ".join(pairs)


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.db"
        async with aiosqlite.connect(path) as db:
            await db.execute(SCHEMA)
            await db.executemany(
                "INSERT INTO accounts VALUES (?, ?)",
                [("alice", 100), ("bob", 100)],
            )
            await db.commit()
            print(f"before: {await balances(db)}")

            await transfer(db, 30)
            print(f"after transferring 30: {await balances(db)}")
            try:
                await transfer(db, 70)
            except sqlite3.IntegrityError as error:
                print(f"transfer of 70 failed: {error}")
            print(f"in a transaction after the failure: {db.in_transaction}")

        # A second connection reads the file: only committed data is there.
        async with aiosqlite.connect(path) as other:
            print(f"another connection reads: {await balances(other)}")


if __name__ == "__main__":
    asyncio.run(main())
