"""From another thread: asyncio.run_coroutine_threadsafe submits a coroutine
to a running loop and returns a concurrent.futures.Future to wait on."""

import asyncio
import concurrent.futures
import threading


async def lookup(key: str) -> str:
    await asyncio.sleep(0.2)  # async I/O that belongs to the main loop
    return f"{key.upper()} (looked up in {threading.current_thread().name})"


async def slow_lookup(cancelled: asyncio.Event) -> str:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.set()  # runs in the loop's thread, so an Event is fine
        raise
    return "too late"


def sync_worker(loop: asyncio.AbstractEventLoop, cancelled: asyncio.Event):
    """Plain blocking code in a worker thread: it has no loop of its own."""
    print(f"worker thread: {threading.current_thread().name}")
    for getter in (asyncio.get_running_loop, asyncio.get_event_loop):
        try:
            getter()
        except RuntimeError as error:
            print(f"worker: {getter.__name__}() raised RuntimeError:")
            print(f"  {error}")
    for key in ("a", "b"):
        future = asyncio.run_coroutine_threadsafe(lookup(key), loop)
        if key == "a":
            kind = isinstance(future, concurrent.futures.Future)
            print(f"worker: got a concurrent.futures.Future: {kind}")
        # Blocks this thread only; the loop keeps running meanwhile.
        print(f"worker: lookup({key!r}) -> {future.result(timeout=2)}")
    future = asyncio.run_coroutine_threadsafe(slow_lookup(cancelled), loop)
    try:
        future.result(timeout=0.5)
    except TimeoutError:
        # The coroutine still runs in the loop until it is cancelled.
        future.cancel()
        print("worker: slow_lookup timed out, cancelled it")


async def main() -> None:
    loop = asyncio.get_running_loop()
    cancelled = asyncio.Event()
    # The worker gets the loop as an argument: it cannot look it up.
    await asyncio.to_thread(sync_worker, loop, cancelled)
    async with asyncio.timeout(1):
        await cancelled.wait()
    print(f"main: slow_lookup was cancelled in the loop: {cancelled.is_set()}")


if __name__ == "__main__":
    asyncio.run(main())
