"""A ThreadPoolExecutor of your own, in a with block: max_workers caps how
many blocking calls run at once."""

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def query(n: int, started: float) -> tuple[str, str]:
    time.sleep(0.5)  # stands in for a blocking database driver call
    done = f"query {n} done at {time.perf_counter() - started:.1f}s"
    return done, threading.current_thread().name


async def main() -> None:
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    # Two workers: four calls run as two rounds of two.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="db") as pool:
        futures = [
            loop.run_in_executor(pool, query, n, started) for n in range(4)
        ]
        # Await them inside the block: leaving it calls
        # pool.shutdown(wait=True), which blocks until the threads finish.
        results = await asyncio.gather(*futures)
    for done, _ in results:
        print(done)
    threads = sorted({thread for _, thread in results})
    print(f"threads used: {', '.join(threads)}")

    try:
        loop.run_in_executor(pool, query, 4, started)
    except RuntimeError as error:
        print(f"after the with block: RuntimeError: {error}")


if __name__ == "__main__":
    asyncio.run(main())
