"""No await between read and write: no other task can run in between, so
no lock is needed. But `+= await ...` reads first and awaits second."""

import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0


async def fetch_amount() -> int:
    await asyncio.sleep(0.01)  # stands for a database or network call
    return 10


async def deposit_safe(account: Account) -> None:
    amount = await fetch_amount()  # await first...
    account.balance += amount  # ...then read and write with no await


async def deposit_unsafe(account: Account) -> None:
    # Reads account.balance, awaits, then writes: a read-await-write.
    account.balance += await fetch_amount()


async def ten_deposits(deposit) -> int:
    account = Account()
    async with asyncio.TaskGroup() as group:
        for _ in range(10):
            group.create_task(deposit(account))
    return account.balance


async def main() -> None:
    safe = await ten_deposits(deposit_safe)
    print(f"await, then balance += amount: {safe} (expected 100)")
    unsafe = await ten_deposits(deposit_unsafe)
    print(f"balance += await fetch_amount(): {unsafe} (expected 100)")


if __name__ == "__main__":
    asyncio.run(main())
