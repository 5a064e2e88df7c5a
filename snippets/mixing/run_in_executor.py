"""loop.run_in_executor: the lower-level way to run a function in a thread
pool; it takes positional arguments only and does not copy contextvars."""

import asyncio
import contextvars
import functools
import time

request_id = contextvars.ContextVar("request_id", default="-")


def resize(name: str, *, width: int) -> str:
    time.sleep(0.5)  # stands in for a blocking image-library call
    return f"{name} at {width}px (request {request_id.get()})"


async def main() -> None:
    # The loop this coroutine runs on; never get_event_loop() here.
    loop = asyncio.get_running_loop()
    request_id.set("r-42")

    try:
        loop.run_in_executor(None, resize, "a.png", width=100)
    except TypeError as error:
        print("run_in_executor(..., width=100) raised TypeError:")
        print(f"  {error}")

    started = time.perf_counter()
    # functools.partial carries the keyword argument. None means the
    # loop's default thread pool, the same one to_thread uses.
    call = functools.partial(resize, "a.png", width=100)
    by_executor, by_to_thread = await asyncio.gather(
        loop.run_in_executor(None, call),
        asyncio.to_thread(resize, "b.png", width=200),
    )
    print(f"both calls done in {time.perf_counter() - started:.1f}s")
    print(f"run_in_executor: {by_executor}")
    print(f"to_thread:       {by_to_thread}")


if __name__ == "__main__":
    asyncio.run(main())
