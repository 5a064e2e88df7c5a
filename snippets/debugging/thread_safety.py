"""Debug mode catches a loop method called from another thread; the
thread-safe ways to hand work to the loop."""

import asyncio


def greet(who: str) -> None:
    print(f"loop: hello from {who}")


async def double(number: int) -> int:
    await asyncio.sleep(0.1)
    return 2 * number


def worker(loop: asyncio.AbstractEventLoop) -> None:
    """Runs in a thread of the default executor, not in the loop's."""
    try:
        loop.call_soon(greet, "the worker")  # wrong: not thread-safe
    except RuntimeError as error:
        print(f"worker: RuntimeError: {error}")
    loop.call_soon_threadsafe(greet, "the worker, thread-safely")
    future = asyncio.run_coroutine_threadsafe(double(21), loop)
    print(f"worker: run_coroutine_threadsafe gave {future.result(timeout=5)}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_debug(True)  # the check runs only in debug mode
    await asyncio.to_thread(worker, loop)
    await asyncio.sleep(0)  # let a callback scheduled last run
    print("main: done")


if __name__ == "__main__":
    asyncio.run(main())
