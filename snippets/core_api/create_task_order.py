"""create_task schedules a task; it starts once the caller gives the loop a
turn at an await, not immediately."""

import asyncio


async def worker() -> str:
    print("  worker: started")
    await asyncio.sleep(0.1)
    print("  worker: finished")
    return "worker result"


async def main() -> None:
    task = asyncio.create_task(worker(), name="worker")
    print("main: create_task returned")
    print("main: still running, the worker has not printed anything")
    # The first await that gives the loop a turn lets the task start.
    await asyncio.sleep(0)
    print(f"main: back after sleep(0), worker done={task.done()}")
    print(f"main: await task -> {await task!r}")


if __name__ == "__main__":
    asyncio.run(main())
