"""Pure-Python CPU work: threads do not speed it up (the GIL), processes
do (measurement, run alone)."""

import asyncio
import os
import time
from concurrent.futures import (
    Executor,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)

N = 1_000_000  # one call: about a tenth of a second of pure Python
CALLS = 4
ROUNDS = 3  # report each pool's best round: the one least disturbed


def sum_of_squares(n: int) -> int:
    """Pure Python: a thread runs it only while it holds the GIL."""
    return sum(i * i for i in range(n))


async def one_round(executor: Executor) -> float:
    """Seconds for CALLS calls submitted to the executor at once."""
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    await asyncio.gather(
        *(
            loop.run_in_executor(executor, sum_of_squares, N)
            for _ in range(CALLS)
        )
    )
    return time.perf_counter() - started


async def main() -> None:
    print(f"{CALLS} calls of sum_of_squares({N:_}) on {os.cpu_count()} cores")
    print(f"best of {ROUNDS} rounds each, processes started beforehand")
    # The process pool starts first: forking a process that already runs
    # threads is unsafe (and warned about from Python 3.12).
    with (
        ProcessPoolExecutor(max_workers=CALLS) as processes,
        ThreadPoolExecutor(max_workers=CALLS) as threads,
        ThreadPoolExecutor(max_workers=1) as one_thread,
    ):
        pools = {
            # One worker: the calls run one after another, off the loop.
            "sequential_s": one_thread,
            "threads_s": threads,
            "processes_s": processes,
        }
        # Start the worker processes now, so no round pays for that.
        loop = asyncio.get_running_loop()
        await asyncio.gather(
            *(
                loop.run_in_executor(processes, sum_of_squares, 1)
                for _ in range(CALLS)
            )
        )
        best = dict.fromkeys(pools, float("inf"))
        for _ in range(ROUNDS):
            # Rounds take turns, so a busy moment hits every pool alike.
            for name, pool in pools.items():
                best[name] = min(best[name], await one_round(pool))
    for name, seconds in best.items():
        print(f"{name}: {seconds:.2f}")
    sequential = best["sequential_s"]
    print(f"threads_speedup: {sequential / best['threads_s']:.1f}")
    print(f"processes_speedup: {sequential / best['processes_s']:.1f}")


if __name__ == "__main__":
    asyncio.run(main())
