import asyncio

from guide.testing import assert_printed, took
from snippets.synchronization import locked_update as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "10 deposits of 10, under a Lock",
    "balance: 100 (expected 100)",
    "at most 1 task between read and write",
]


def test_reader_sees_the_right_total(reader_run):
    assert_printed(reader_run("synchronization.locked_update"), EXPECTED)


def test_the_lock_runs_the_critical_sections_one_at_a_time(timed):
    async def fifty_deposits() -> example.Account:
        account = example.Account()
        async with asyncio.TaskGroup() as group:
            for _ in range(50):
                group.create_task(example.deposit(account, 1))
        return account

    account, seconds = timed(fifty_deposits())
    assert account.balance == 50
    assert account.most_inside == 1
    # Fifty ledger calls of 0.01 s in a row, not side by side: the lock
    # serialises the awaits inside it too (0.5 s, debug mode adds a little).
    assert seconds >= 0.5


def test_a_deposit_waits_for_the_one_holding_the_lock(timed):
    async def two_deposits() -> int:
        account = example.Account()
        await asyncio.gather(example.deposit(account, 1), example.deposit(account, 2))
        return account.balance

    balance, seconds = timed(two_deposits())
    assert balance == 3
    assert took(seconds, 0.02)
