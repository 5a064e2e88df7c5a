"""The mistake: catching CancelledError without re-raising it."""

import asyncio
import time


async def stubborn(label: str) -> str:
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        # The mistake: no `raise`, so the cancellation stops here.
        print(f"{label}: caught CancelledError and carried on")
    await asyncio.sleep(0.5)  # keeps working as if nothing happened
    return "finished anyway"


def since(started: float) -> str:
    return f"{time.perf_counter() - started:.1f}s"


async def main() -> None:
    # 1. task.cancel(): the task ends normally, with a result.
    task = asyncio.create_task(stubborn("task"), name="stubborn")
    await asyncio.sleep(0.1)
    task.cancel()
    result = await task  # no CancelledError here
    print(f"main: await task returned {result!r}")
    print(f"main: task.cancelled() = {task.cancelled()}")

    # 2. asyncio.timeout: it cancels the block, then expects CancelledError
    #    back to turn it into TimeoutError. It never comes back.
    started = time.perf_counter()
    try:
        async with asyncio.timeout(0.2) as cm:
            result = await stubborn("block")
        print(f"main: no TimeoutError, the block returned {result!r}")
        print(f"main: the 0.2s timeout expired: {cm.expired()}")
    except TimeoutError:
        print("main: TimeoutError")  # not reached
    print(f"main: the block took {since(started)}")


if __name__ == "__main__":
    asyncio.run(main())
