"""A function runs when called, a coroutine when awaited, a Task as soon as the loop is free."""

import asyncio
import time


def plain(label: str) -> None:
    print(f"{label}: runs the moment it is called")


async def step(label: str) -> None:
    print(f"{label}: start")
    await asyncio.sleep(1)
    print(f"{label}: end")


async def main() -> None:
    started = time.perf_counter()
    plain("function")
    task = asyncio.create_task(step("task"))  # scheduled: starts when main next waits
    coro = step("coroutine")  # only created: runs when awaited
    print("main: created a Task and a coroutine, neither has started")

    await coro  # runs the coroutine; while it sleeps the loop runs the task
    await task
    print(f"main: both done after {time.perf_counter() - started:.1f}s, not 2.0s")


if __name__ == "__main__":
    asyncio.run(main())
