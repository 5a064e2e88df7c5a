"""TaskGroup: start tasks inside an async with block; it waits for all."""

import asyncio
import time


async def fetch(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)  # stands in for a network call
    print(f"  {name}: done after {seconds}s")
    return f"{name} data"


def states(*tasks: asyncio.Task[str]) -> str:
    return ", ".join(f"{task.get_name()} done={task.done()}" for task in tasks)


async def main() -> None:
    started = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        users = tg.create_task(fetch("users", 1.0), name="users")
        orders = tg.create_task(fetch("orders", 0.5), name="orders")
        print(f"inside the block: {states(users, orders)}")
    # The block ends only when every task in the group has finished.
    elapsed = time.perf_counter() - started
    print(f"after the block, {elapsed:.1f}s: {states(users, orders)}")
    print(f"results: {users.result()!r}, {orders.result()!r}")


if __name__ == "__main__":
    asyncio.run(main())
