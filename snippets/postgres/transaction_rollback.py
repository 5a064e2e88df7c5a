"""A transaction that fails halfway: PostgreSQL keeps none of its writes."""

import asyncio
import os

import asyncpg

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/postgres"
)


async def transfer(connection: asyncpg.Connection, amount: int) -> None:
    async with connection.transaction():
        await connection.execute(
            "UPDATE accounts SET balance = balance - $1 WHERE name = $2",
            amount,
            "alice",
        )
        print(f"  debited alice {amount} inside the transaction")
        # The CHECK constraint fails if bob would exceed his limit: the
        # exception leaves the `async with` and the transaction rolls back.
        await connection.execute(
            "UPDATE accounts SET balance = balance + $1 WHERE name = $2",
            amount,
            "bob",
        )


async def balances(connection: asyncpg.Connection) -> str:
    rows = await connection.fetch(
        "SELECT name, balance FROM accounts ORDER BY 1"
    )
    return ", ".join(f"{row['name']}={row['balance']}" for row in rows)


async def main() -> None:
    connection = await asyncpg.connect(DATABASE_URL, timeout=10)
    try:
        await connection.execute(
            "CREATE TEMPORARY TABLE accounts (name text PRIMARY KEY,"
            " balance int NOT NULL CHECK (balance <= 150))"
        )
        await connection.executemany(
            "INSERT INTO accounts VALUES ($1, $2)",
            [("alice", 100), ("bob", 100)],
        )
        print(f"before: {await balances(connection)}")
        await transfer(connection, 30)
        print(f"after transferring 30: {await balances(connection)}")
        try:
            await transfer(connection, 70)
        except asyncpg.CheckViolationError as error:
            print(f"transfer of 70 failed: {error.constraint_name}")
        print(f"after the failed one: {await balances(connection)}")
    finally:
        await connection.close()


if __name__ == "__main__":
    asyncio.run(main())
