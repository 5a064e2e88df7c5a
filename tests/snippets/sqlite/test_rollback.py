import asyncio
import inspect
import sqlite3

import aiosqlite
import pytest

from guide.testing import assert_printed
from snippets.sqlite import rollback as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "before: alice=100, bob=100",
    "  debited alice 30; in a transaction: True",
    "after transferring 30: alice=70, bob=130",
    "  debited alice 70; in a transaction: True",
    "transfer of 70 failed: CHECK constraint failed: balance_limit",
    "in a transaction after the failure: False",
    "another connection reads: alice=70, bob=130",
]


def test_failed_transfer_leaves_committed_balances(reader_run):
    assert_printed(reader_run("sqlite.rollback"), EXPECTED)


async def _setup(path) -> None:
    async with aiosqlite.connect(path) as db:
        await db.execute(example.SCHEMA)
        await db.executemany("INSERT INTO accounts VALUES (?, ?)", [("alice", 100), ("bob", 100)])
        await db.commit()


def test_transaction_commits_on_success(tmp_path):
    path = tmp_path / "bank.db"

    async def scenario() -> str:
        await _setup(path)
        async with aiosqlite.connect(path) as db:
            await example.transfer(db, 30)
            assert not db.in_transaction
        # Read through a new connection: the change reached the file.
        async with aiosqlite.connect(path) as other:
            return await example.balances(other)

    assert asyncio.run(scenario(), debug=True) == "alice=70, bob=130"


def test_debit_before_the_failure_is_undone(tmp_path, capsys):
    path = tmp_path / "bank.db"

    async def scenario() -> str:
        await _setup(path)
        async with aiosqlite.connect(path) as db:
            with pytest.raises(aiosqlite.IntegrityError):
                await example.transfer(db, 70)
            # Not even this connection sees alice's debit any more.
            return await example.balances(db)

    assert asyncio.run(scenario(), debug=True) == "alice=100, bob=100"
    assert "debited alice 70" in capsys.readouterr().out


def test_uncommitted_change_is_invisible_to_another_connection(tmp_path):
    path = tmp_path / "bank.db"

    async def scenario() -> tuple[str, str]:
        await _setup(path)
        async with aiosqlite.connect(path) as db, aiosqlite.connect(path) as other:
            await db.execute("UPDATE accounts SET balance = 0 WHERE name = 'alice'")
            seen_by_other = await example.balances(other)
            await db.rollback()
            return seen_by_other, await example.balances(db)

    assert asyncio.run(scenario(), debug=True) == ("alice=100, bob=100",) * 2


def test_cancelled_transaction_rolls_back_and_stays_cancelled(tmp_path):
    path = tmp_path / "bank.db"

    async def scenario() -> tuple[bool, bool, str]:
        await _setup(path)
        async with aiosqlite.connect(path) as db:

            async def slow_transfer() -> None:
                async with example.transaction(db):
                    await db.execute("UPDATE accounts SET balance = 0 WHERE name = 'alice'")
                    await asyncio.sleep(10)  # cancelled here, mid-transaction

            task = asyncio.create_task(slow_transfer())
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return task.cancelled(), db.in_transaction, await example.balances(db)

    assert asyncio.run(scenario(), debug=True) == (True, False, "alice=100, bob=100")


def test_a_second_writer_waits_for_the_lock_then_gives_up(tmp_path):
    path = tmp_path / "bank.db"

    async def scenario() -> float:
        await _setup(path)
        async with (
            aiosqlite.connect(path) as first,
            aiosqlite.connect(path, timeout=0.3) as second,
        ):
            # The first connection's open write transaction holds the lock.
            await first.execute("UPDATE accounts SET balance = 1 WHERE name = 'bob'")
            started = asyncio.get_running_loop().time()
            with pytest.raises(aiosqlite.OperationalError, match="database is locked"):
                await second.execute("UPDATE accounts SET balance = 2 WHERE name = 'bob'")
            waited = asyncio.get_running_loop().time() - started
            await first.rollback()
            return waited

    assert asyncio.run(scenario(), debug=True) >= 0.3


def test_the_lock_wait_defaults_to_five_seconds():
    """The page: without timeout=, a writer waits up to 5 s for the lock.
    aiosqlite.connect passes its keyword arguments to sqlite3.connect, whose
    default this is (the test above shows the argument reaching it)."""
    assert "timeout=5.0" in sqlite3.connect.__text_signature__
    assert "timeout" not in inspect.signature(aiosqlite.connect).parameters
