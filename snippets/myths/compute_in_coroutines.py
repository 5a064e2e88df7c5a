"""Coroutines that only compute have nothing to overlap: gather runs them
one after another, and it is no faster than plain calls."""

import asyncio
import statistics
import time

JOBS = ("a", "b", "c")
N = 60_000  # one job: about five milliseconds of pure Python
ROUNDS = 9  # plain and gather take turns; compare the median


def sum_of_squares(n: int) -> int:
    return sum(i * i for i in range(n))


async def job(name: str, trace: list[str]) -> int:
    trace.append(f"{name} start")
    result = sum_of_squares(N)  # no await: nothing else runs meanwhile
    trace.append(f"{name} end")
    return result


async def main() -> None:
    ratios = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in JOBS:
            sum_of_squares(N)
        plain = time.perf_counter() - started
        # Hand the loop back between the two: even debug mode's slow-step
        # warning (0.1 s) stays quiet on a busy machine.
        await asyncio.sleep(0)

        trace: list[str] = []
        started = time.perf_counter()
        await asyncio.gather(*(job(name, trace) for name in JOBS))
        gathered = time.perf_counter() - started
        ratios.append(plain / gathered)
    print(f"gather ran the jobs: {', '.join(trace)}")
    # Three jobs that overlapped would take a third of the time: a ratio
    # under 1.5 is noise (a busy machine slows one round, then the other).
    faster = statistics.median(ratios) > 1.5
    print(f"gather faster than plain calls: {faster}")


if __name__ == "__main__":
    asyncio.run(main())
