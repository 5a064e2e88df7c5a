import asyncio

from guide.testing import assert_printed
from snippets.synchronization import no_await_no_lock as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "await, then balance += amount: 100 (expected 100)",
    # `+=` reads the balance before it evaluates `await fetch_amount()`.
    "balance += await fetch_amount(): 10 (expected 100)",
]


def test_reader_sees_safe_and_unsafe_totals(reader_run):
    assert_printed(reader_run("synchronization.no_await_no_lock"), EXPECTED)


def test_no_await_between_read_and_write_needs_no_lock():
    # A thousand tasks, all awaiting at once before their update: none lost.
    async def many(deposit, count: int) -> int:
        account = example.Account()
        async with asyncio.TaskGroup() as group:
            for _ in range(count):
                group.create_task(deposit(account))
        return account.balance

    assert asyncio.run(many(example.deposit_safe, 1000), debug=True) == 10_000
    assert asyncio.run(many(example.deposit_unsafe, 1000), debug=True) == 10
