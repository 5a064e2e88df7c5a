"""The same deposits with the read-await-write held under an asyncio.Lock:
no update is lost, and the deposits run one at a time."""

import asyncio

from snippets.synchronization.lost_update import record_in_ledger


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()
        self.inside = 0  # tasks between read and write right now
        self.most_inside = 0


async def deposit(account: Account, amount: int) -> None:
    # The critical section: from the read to the write, one task at a time.
    async with account.lock:
        account.inside += 1
        account.most_inside = max(account.most_inside, account.inside)
        balance = account.balance
        await record_in_ledger(amount)
        account.balance = balance + amount
        account.inside -= 1


async def main() -> None:
    account = Account()
    async with asyncio.TaskGroup() as group:
        for _ in range(10):
            group.create_task(deposit(account, 10))
    print("10 deposits of 10, under a Lock")
    print(f"balance: {account.balance} (expected 100)")
    print(f"at most {account.most_inside} task between read and write")


if __name__ == "__main__":
    asyncio.run(main())
