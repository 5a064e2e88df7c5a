"""as_completed with async for yields the original tasks, in the order they
finish (Python 3.13+)."""

import asyncio


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"result of {name}"


async def main() -> None:
    tasks = [
        asyncio.create_task(fetch("a", 0.3), name="a"),
        asyncio.create_task(fetch("b", 0.1), name="b"),
        asyncio.create_task(fetch("c", 0.2), name="c"),
    ]
    async for task in asyncio.as_completed(tasks, timeout=5):
        # The very task we created, already done: we know which one it is.
        original = any(task is created for created in tasks)
        print(f"{task.get_name()}: {task.result()!r}, original: {original}")


if __name__ == "__main__":
    asyncio.run(main())
