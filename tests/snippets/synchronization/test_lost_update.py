import asyncio

from guide.testing import assert_printed
from snippets.synchronization import lost_update as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "10 deposits of 10",
    # Every task read 0 before any of them wrote: nine deposits were lost.
    "balance: 10 (expected 100)",
]


def test_reader_sees_the_wrong_total(reader_run):
    assert_printed(reader_run("synchronization.lost_update"), EXPECTED)


def test_the_same_deposits_one_after_another_lose_nothing():
    async def one_at_a_time() -> int:
        account = example.Account()
        for _ in range(10):
            await example.deposit(account, 10)
        return account.balance

    # The deposit itself is right; running it concurrently loses updates.
    assert asyncio.run(one_at_a_time(), debug=True) == 100


def test_every_task_reads_before_any_task_writes():
    reads: list[int] = []

    class Watched(example.Account):
        def __getattribute__(self, name: str):
            value = super().__getattribute__(name)
            if name == "balance":
                reads.append(value)
            return value

    async def ten_at_once() -> int:
        account = Watched()
        async with asyncio.TaskGroup() as group:
            for _ in range(10):
                group.create_task(example.deposit(account, 10))
        return account.balance

    assert asyncio.run(ten_at_once(), debug=True) == 10
    # Ten reads of the opening balance (and the final read above).
    assert reads == [0] * 10 + [10]
