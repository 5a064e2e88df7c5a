"""Threads running pure Python take turns (the GIL): four of them keep at
most one core busy, so they finish no sooner than one thread would."""

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

THREADS = 4
N = 500_000  # one call: a few hundredths of a second of pure Python


def sum_of_squares(n: int) -> int:
    return sum(i * i for i in range(n))


def cores_busy(threads: int) -> float:
    """Run the calls in a pool of threads; return how many cores were
    busy at once on average: CPU time of the process over time passed."""
    with ThreadPoolExecutor(max_workers=threads) as pool:
        cpu, wall = time.process_time(), time.perf_counter()
        list(pool.map(sum_of_squares, [N] * threads))
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - wall
    return cpu / wall


async def main() -> None:
    # The pool runs from a worker thread: the event loop stays free.
    cores = await asyncio.to_thread(cores_busy, THREADS)
    print(f"{THREADS} threads, each computing sum_of_squares({N:_})")
    print(f"cores busy at once: {'more than one' if cores > 1.5 else 'one'}")


if __name__ == "__main__":
    asyncio.run(main())
