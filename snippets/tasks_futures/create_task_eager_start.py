"""create_task() passes its keyword arguments on to the Task (or the task
factory): eager_start=True runs the coroutine at once, up to its first
real wait (Python 3.14+)."""

import asyncio

CACHE = {"config": "cached value"}


async def lookup(key: str) -> str:
    if key in CACHE:
        return CACHE[key]  # finishes without ever waiting
    await asyncio.sleep(0.1)  # stand-in for a network call
    return f"{key} fetched"


async def main() -> None:
    lazy = asyncio.create_task(lookup("config"), name="lazy")
    eager = asyncio.create_task(
        lookup("config"), name="eager", eager_start=True
    )
    waits = asyncio.create_task(lookup("user"), name="waits", eager_start=True)
    for task in (lazy, eager, waits):
        name = task.get_name()
        print(f"{name}: done right after create_task: {task.done()}")
    results = await asyncio.gather(lazy, eager, waits)
    print(f"results: {results}")

    async with asyncio.TaskGroup() as group:  # the same for TaskGroup
        grouped = group.create_task(lookup("config"), eager_start=True)
        print(f"TaskGroup eager task done at once: {grouped.done()}")


if __name__ == "__main__":
    asyncio.run(main())
