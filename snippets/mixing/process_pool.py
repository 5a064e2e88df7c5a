"""ProcessPoolExecutor runs a function in other processes: a top-level
function, sent by name; the main module needs its __main__ guard."""

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> tuple[int, int]:
    """Top level, so a worker process can import it by name."""
    return n * n, os.getpid()


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"start method: {multiprocessing.get_start_method()}")
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, square, n) for n in (1, 2, 3))
        )
        print(f"squares: {[value for value, _ in results]}")
        here = os.getpid()
        elsewhere = all(pid != here for _, pid in results)
        print(f"computed in other processes: {elsewhere}")
        try:
            # A lambda has no name a worker could import: it cannot be sent.
            await loop.run_in_executor(pool, lambda: 42)
        except Exception as error:  # the type depends on the Python version
            print(f"a lambda: {type(error).__name__}")


# With spawn or forkserver each worker imports this module again; the guard
# keeps the workers from running main() themselves.
if __name__ == "__main__":
    asyncio.run(main())
