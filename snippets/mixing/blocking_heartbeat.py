"""A blocking call inside a coroutine freezes the event loop; the same call
in a thread (asyncio.to_thread) leaves it free."""

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable

TICKS = 12  # a tick every 0.1 s: the eleven gaps outlast the 1 s call


async def heartbeat(ticks: list[float]) -> None:
    loop = asyncio.get_running_loop()
    ticks.append(loop.time())
    for _ in range(TICKS - 1):
        await asyncio.sleep(0.1)
        ticks.append(loop.time())  # every sleep ends in a tick: all are timed


async def blocking_in_coroutine() -> None:
    # The mistake (ruff flags it as ASYNC251): the whole loop waits.
    time.sleep(1)  # noqa: ASYNC251


async def blocking_in_thread() -> None:
    await asyncio.to_thread(time.sleep, 1)  # only a worker thread waits


async def watch(call: Callable[[], Awaitable[None]], label: str) -> None:
    ticks: list[float] = []
    beat = asyncio.create_task(heartbeat(ticks), name="heartbeat")
    await asyncio.sleep(0)  # let the heartbeat tick once before the call
    started = time.perf_counter()
    await call()
    took = time.perf_counter() - started
    async with asyncio.timeout(3):  # the heartbeat ends by itself
        await beat
    gaps = " ".join(f"{b - a:.1f}s" for a, b in itertools.pairwise(ticks))
    print(f"{label}:")
    print(f"  the call took {took:.1f}s")
    print(f"  heartbeat gaps: {gaps}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    await watch(blocking_in_coroutine, "time.sleep(1) in a coroutine")
    await watch(blocking_in_thread, "await asyncio.to_thread(time.sleep, 1)")
    # Each gap is rounded on its own; the total shows whether the beats
    # drifted late overall.
    print(f"both parts: {loop.time() - started:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
