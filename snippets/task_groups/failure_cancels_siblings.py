"""One task in a TaskGroup fails: the group cancels the others."""

import asyncio
import time


async def fail_soon() -> None:
    await asyncio.sleep(0.2)
    raise ValueError("bad input")


async def slow_sibling() -> str:
    print("sibling: started, needs 1 s")
    try:
        await asyncio.sleep(1)
        print("sibling: finished its work")  # never printed
        return "sibling result"
    except asyncio.CancelledError:
        print("sibling: cancelled, rolling back")
        raise  # re-raise, so the task really ends as cancelled
    finally:
        print("sibling: finally block ran")


async def main() -> None:
    started = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            failing = tg.create_task(fail_soon(), name="failing")
            sibling = tg.create_task(slow_sibling(), name="sibling")
    except* ValueError as group:
        print(f"main: the group raised {group.exceptions!r}")
    elapsed = time.perf_counter() - started
    print(f"main: the block ended after {elapsed:.1f}s, not 1.0s")
    print(f"failing: exception={failing.exception()!r}")
    print(f"sibling: cancelled={sibling.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
