"""40 blocking calls of 0.1 s: asyncio.to_thread in the default executor,
run_in_executor with a pool sized for them, and to_thread after
set_default_executor gives the loop that pool (measurement)."""

import asyncio
import threading
import time
from collections.abc import Awaitable
from concurrent.futures import ThreadPoolExecutor

CALLS = 40  # more than the largest default pool (32 threads)
WAIT = 0.1  # seconds each blocking call takes


def blocking_call() -> str:
    time.sleep(WAIT)  # stands in for a blocking library call
    return threading.current_thread().name


async def with_to_thread() -> list[str]:
    return await asyncio.gather(
        *(asyncio.to_thread(blocking_call) for _ in range(CALLS))
    )


async def with_executor(pool: ThreadPoolExecutor) -> list[str]:
    loop = asyncio.get_running_loop()
    return await asyncio.gather(
        *(loop.run_in_executor(pool, blocking_call) for _ in range(CALLS))
    )


async def timed(label: str, calls: Awaitable[list[str]]) -> None:
    started = time.perf_counter()
    threads = await calls
    seconds = time.perf_counter() - started
    print(f"{label}_threads: {len(set(threads))}")
    print(f"{label}_s: {seconds:.2f}")


async def main() -> None:
    print(f"{CALLS} blocking calls of {WAIT}s each")
    # The default executor: ThreadPoolExecutor() sized by the CPU count.
    await timed("to_thread", with_to_thread())
    with ThreadPoolExecutor(max_workers=CALLS) as pool:
        await timed("executor", with_executor(pool))
    # The loop shuts down its default executor when asyncio.run ends.
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=CALLS))
    await timed("sized_to_thread", with_to_thread())


if __name__ == "__main__":
    asyncio.run(main())
