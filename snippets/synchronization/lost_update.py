"""Ten tasks deposit 10 each into one account: read the balance, await,
write it back. Nine of the ten deposits are lost."""

import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0


async def record_in_ledger(amount: int) -> None:
    await asyncio.sleep(0.01)  # stands for a database or network call


async def deposit(account: Account, amount: int) -> None:
    balance = account.balance  # read
    await record_in_ledger(amount)  # other tasks run here
    account.balance = balance + amount  # write: based on an old read


async def main() -> None:
    account = Account()
    async with asyncio.TaskGroup() as group:
        for _ in range(10):
            group.create_task(deposit(account, 10))
    print("10 deposits of 10")
    print(f"balance: {account.balance} (expected 100)")


if __name__ == "__main__":
    asyncio.run(main())
