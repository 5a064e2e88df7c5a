"""Many tasks with the default task factory and with eager_task_factory
(Python 3.12+): tasks that return at once (cache hits) and tasks that
really wait; best of 3 rounds (measurement)."""

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

TASKS = 5_000
WAITERS = 500
WAIT = 0.1  # seconds each waiting task sleeps
ROUNDS = 3


async def cache_hit(n: int) -> int:
    return n  # no await: the task ends in its first step


async def waits(n: int) -> int:
    await asyncio.sleep(WAIT)  # stands in for a network call
    return n


async def gathered(
    job: Callable[[int], Coroutine[Any, Any, int]], count: int
) -> float:
    started = time.perf_counter()
    # gather wraps each coroutine in a task made by the loop's factory.
    await asyncio.gather(*(job(n) for n in range(count)))
    return time.perf_counter() - started


async def main() -> None:
    loop = asyncio.get_running_loop()
    factories = {"default": None, "eager": asyncio.eager_task_factory}
    jobs = {"hits": (cache_hit, TASKS), "waits": (waits, WAITERS)}
    best = {f"{j}_{f}": float("inf") for j in jobs for f in factories}
    for _ in range(ROUNDS):  # factories take turns: a busy moment hits both
        for job_name, (job, count) in jobs.items():
            for factory_name, factory in factories.items():
                loop.set_task_factory(factory)
                seconds = await gathered(job, count)
                name = f"{job_name}_{factory_name}"
                best[name] = min(best[name], seconds)
    loop.set_task_factory(None)
    print(f"{TASKS} tasks that return at once; {WAITERS} that wait {WAIT}s")
    for name, seconds in best.items():
        print(f"{name}_ms: {seconds * 1000:.1f}")
    for job_name in jobs:
        speedup = best[f"{job_name}_default"] / best[f"{job_name}_eager"]
        verdict = "eager faster" if speedup >= 1.2 else "no gain"
        print(f"{job_name}_speedup: {speedup:.2f}")
        print(f"{job_name}: {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
