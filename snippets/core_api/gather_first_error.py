"""Without return_exceptions, gather raises the first exception at once, but
the other awaitables are not cancelled: they keep running."""

import asyncio
import time


async def fail(delay: float) -> None:
    await asyncio.sleep(delay)
    raise ValueError("fail broke")


async def slow(delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"  slow: still ran to the end ({delay}s)")
    return "slow result"


async def main() -> None:
    started = time.perf_counter()
    # Keep references to the tasks to see what became of them afterwards.
    failing = asyncio.create_task(fail(0.5), name="fail")
    sibling = asyncio.create_task(slow(1.0), name="slow")
    try:
        await asyncio.gather(failing, sibling)
    except ValueError as error:
        elapsed = time.perf_counter() - started
        print(f"gather raised {error!r} after {elapsed:.1f}s")
    print(f"right after: slow done={sibling.done()}")

    # The sibling is still running; wait for it instead of leaving it behind.
    result = await sibling
    elapsed = time.perf_counter() - started
    print(f"after {elapsed:.1f}s: slow cancelled={sibling.cancelled()}")
    print(f"await slow -> {result!r}")


if __name__ == "__main__":
    asyncio.run(main())
