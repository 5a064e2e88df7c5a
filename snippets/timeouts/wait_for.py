"""asyncio.wait_for: a time limit for one awaitable; on timeout it cancels
the awaitable, waits for its cleanup, then raises TimeoutError. Where a
coroutine runs depends on the Python version: 3.11 wraps it in a new task,
3.12 and later await it in the caller's task under asyncio.timeout()."""

import asyncio
import sys
import time


def since(started: float) -> str:
    return f"{time.perf_counter() - started:.1f}s"


async def query(seconds: float) -> str:
    task = asyncio.current_task()
    print(f"query: runs in task {task.get_name()!r}")
    try:
        await asyncio.sleep(seconds)  # stands in for a slow database query
        return "3 rows"
    finally:
        print("query: connection released")


async def main() -> None:
    print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
    asyncio.current_task().set_name("main")
    started = time.perf_counter()
    rows = await asyncio.wait_for(query(0.2), timeout=1)
    print(f"main: got {rows!r} at {since(started)}")

    started = time.perf_counter()
    task = asyncio.create_task(query(5), name="query")
    try:
        await asyncio.wait_for(task, timeout=0.5)
    except TimeoutError:
        print(f"main: TimeoutError at {since(started)}")
    print(f"main: task {task.get_name()!r} cancelled: {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
