"""The same pure-Python work as plain calls, as gathered coroutines and in
a thread pool: neither asyncio nor threads make it faster (measurement)."""

import asyncio
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from statistics import median

JOBS = 20
SIZE = 15_000  # one job is a few milliseconds of pure-Python arithmetic
ROUNDS = 25  # many short rounds: the median shrugs off a busy moment


def work(size: int) -> int:
    # Pure Python: it holds the GIL and has nothing to wait for.
    return sum(i * i % 7 for i in range(size))


async def plain() -> list[int]:
    # The baseline: plain calls in a row (nothing else runs on this loop).
    return [work(SIZE) for _ in range(JOBS)]


async def job(size: int) -> int:
    return work(size)  # no await inside: nothing else runs meanwhile


async def as_coroutines() -> list[int]:
    return await asyncio.gather(*(job(SIZE) for _ in range(JOBS)))


async def in_threads(pool: ThreadPoolExecutor) -> list[int]:
    loop = asyncio.get_running_loop()
    calls = (loop.run_in_executor(pool, work, SIZE) for _ in range(JOBS))
    return await asyncio.gather(*calls)


async def main() -> None:
    runs: dict[str, list[float]] = {"plain": [], "asyncio": [], "threads": []}
    with ThreadPoolExecutor(max_workers=4) as pool:
        variants: dict[str, Callable[[], Awaitable[list[int]]]] = {
            "plain": plain,
            "asyncio": as_coroutines,
            "threads": lambda: in_threads(pool),
        }
        # Short turns in rotation: a busy moment slows all three alike.
        for _ in range(ROUNDS):
            for name, variant in variants.items():
                started = time.perf_counter()
                await variant()
                runs[name].append(time.perf_counter() - started)
                await asyncio.sleep(0)  # give the event loop a turn
    print(f"{JOBS} calls of pure-Python work, median of {ROUNDS} rounds")
    for name, seconds in runs.items():
        print(f"{name}_s: {median(seconds):.3f}")
    for name in ("asyncio", "threads"):
        # Each ratio compares two runs made moments apart.
        ratios = [
            p / x for p, x in zip(runs["plain"], runs[name], strict=True)
        ]
        print(f"{name}_speedup: {median(ratios):.2f}")


if __name__ == "__main__":
    asyncio.run(main())
