import asyncio
import os

import asyncpg
import pytest

from guide.testing import assert_printed
from snippets.postgres import transaction_rollback as example


def test_output_shows_balances_unchanged_by_the_failed_transfer(reader_run):
    lines = reader_run("postgres.transaction_rollback")
    assert_printed(
        lines,
        [
            "before: alice=100, bob=100",
            "  debited alice 30 inside the transaction",
            "after transferring 30: alice=70, bob=130",
            "  debited alice 70 inside the transaction",
            "transfer of 70 failed: accounts_balance_check",
            "after the failed one: alice=70, bob=130",
        ],
    )


def test_rolled_back_debit_is_not_in_the_table():
    async def scenario() -> list[tuple[str, int]]:
        connection = await asyncpg.connect(os.environ["DATABASE_URL"], timeout=10)
        try:
            await connection.execute(
                "CREATE TEMPORARY TABLE accounts (name text PRIMARY KEY,"
                " balance int NOT NULL CHECK (balance <= 150))"
            )
            await connection.executemany(
                "INSERT INTO accounts VALUES ($1, $2)", [("alice", 100), ("bob", 100)]
            )
            with pytest.raises(asyncpg.CheckViolationError):
                await example.transfer(connection, 70)
            rows = await connection.fetch("SELECT name, balance FROM accounts ORDER BY 1")
            return [tuple(row) for row in rows]
        finally:
            await connection.close()

    # Alice's debit ran inside the transaction, yet the table still says 100.
    assert asyncio.run(scenario(), debug=True) == [("alice", 100), ("bob", 100)]
