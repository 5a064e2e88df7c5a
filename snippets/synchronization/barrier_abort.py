"""A Barrier for three that only two reach: abort() breaks it, and every
waiter, present or future, gets BrokenBarrierError."""

import asyncio


async def party(name: str, barrier: asyncio.Barrier) -> str:
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        return f"{name}: BrokenBarrierError"
    return f"{name}: passed"


async def main() -> None:
    barrier = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as group:
        waiting = [
            group.create_task(party(name, barrier)) for name in ("a", "b")
        ]
        await asyncio.sleep(0.2)  # the third party never comes
        print(f"waiting at the barrier: {barrier.n_waiting}")
        await barrier.abort()
    for task in waiting:
        print(task.result())
    print(f"barrier.broken: {barrier.broken}")
    print(await party("c, after the abort", barrier))


if __name__ == "__main__":
    asyncio.run(main())
