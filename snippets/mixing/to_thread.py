"""asyncio.to_thread runs a blocking function in a worker thread: several
calls at once take about as long as one."""

import asyncio
import threading
import time


def read_sensor(name: str, seconds: float = 0.5) -> str:
    """A blocking library call: time.sleep stands in for the wait."""
    time.sleep(seconds)
    in_main = threading.current_thread() is threading.main_thread()
    return f"{name}: read in {'the main' if in_main else 'a worker'} thread"


async def main() -> None:
    started = time.perf_counter()
    # One after another: each await waits for its thread to finish.
    for name in ("a", "b", "c"):
        await asyncio.to_thread(read_sensor, name)
    print(f"3 calls, awaited one by one: {time.perf_counter() - started:.1f}s")

    started = time.perf_counter()
    # Three threads at once; arguments and keywords pass straight through.
    results = await asyncio.gather(
        asyncio.to_thread(read_sensor, "a"),
        asyncio.to_thread(read_sensor, "b"),
        asyncio.to_thread(read_sensor, "c", seconds=0.5),
    )
    print(f"3 calls, gathered: {time.perf_counter() - started:.1f}s")
    for result in results:
        print(f"  {result}")


if __name__ == "__main__":
    asyncio.run(main())
