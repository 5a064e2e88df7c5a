"""asyncio.as_completed yields results in the order they finish."""

import asyncio


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"result of {name}"


async def main() -> None:
    tasks = [
        asyncio.create_task(fetch("a", 0.3)),
        asyncio.create_task(fetch("b", 0.1)),
        asyncio.create_task(fetch("c", 0.2)),
    ]
    # Each item is an awaitable for the next result to finish, whichever
    # task that is: await it to get the result (or its exception).
    for next_done in asyncio.as_completed(tasks, timeout=5):
        print(f"next to finish: {await next_done!r}")


if __name__ == "__main__":
    asyncio.run(main())
