"""asyncio.wrap_future(): await a concurrent.futures.Future that a thread
pool returned, without blocking the event loop."""

import asyncio
import concurrent.futures
import time


def checksum(data: bytes) -> int:
    time.sleep(0.5)  # stand-in for blocking work in a library's thread
    return sum(data) % 256


async def heartbeat(stop: asyncio.Event) -> int:
    beats = 0
    while not stop.is_set():
        await asyncio.sleep(0.1)
        beats += 1
    return beats


async def main() -> None:
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        # A library that hands you a concurrent.futures.Future (its own
        # executor, a callback API) rather than a coroutine.
        thread_future = pool.submit(checksum, b"asyncio")
        print(f"isfuture(thread future): {asyncio.isfuture(thread_future)}")
        stop = asyncio.Event()
        beating = asyncio.create_task(heartbeat(stop))
        started = loop.time()
        result = await asyncio.wrap_future(thread_future)
        stop.set()
        beats = await beating
    print(f"checksum {result} after {loop.time() - started:.1f}s")
    print(f"other tasks ran meanwhile: {beats >= 4}")  # 4+ heartbeats


if __name__ == "__main__":
    asyncio.run(main())
