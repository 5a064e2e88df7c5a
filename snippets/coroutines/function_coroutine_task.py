"""When each one runs: a function when called, a coroutine when awaited,
a Task as soon as the event loop is free."""

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
    # Scheduled: the task starts when main next gives control to the loop.
    task = asyncio.create_task(step("task"))
    # Only created: the coroutine runs when it is awaited.
    coro = step("coroutine")
    print("main: created a Task and a coroutine, neither has started")

    await coro  # runs the coroutine; while it sleeps the loop runs the task
    await task
    elapsed = time.perf_counter() - started
    print(f"main: both done after {elapsed:.1f}s, not 2.0s")


if __name__ == "__main__":
    asyncio.run(main())
