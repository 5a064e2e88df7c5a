"""asyncio.timeout() returns an asyncio.Timeout: pass it to the code that
knows how long the work may take; reschedule(None) lifts the deadline."""

import asyncio


async def download(deadline: asyncio.Timeout, size: int) -> str:
    loop = asyncio.get_running_loop()
    # The header says how big the body is: allow 0.2 s per chunk from now.
    deadline.reschedule(loop.time() + 0.2 * size)
    for _ in range(size):
        await asyncio.sleep(0.1)
    return f"{size} chunks"


async def main() -> None:
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as deadline:
        print(f"timeout() gives a Timeout: {type(deadline).__name__}")
        body = await download(deadline, size=3)
    print(f"downloaded {body}, expired: {deadline.expired()}")

    # Timeout(when) is timeout_at(when): an absolute loop.time() deadline.
    started = loop.time()
    try:
        async with asyncio.Timeout(loop.time() + 0.3) as deadline:
            left = (deadline.when() or 0) - loop.time()
            print(f"Timeout(when): {left:.1f}s left")
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"TimeoutError at {loop.time() - started:.1f}s")

    # A step that must not be cut short lifts the deadline.
    async with asyncio.timeout(0.2) as deadline:
        deadline.reschedule(None)
        await asyncio.sleep(0.4)  # stand-in for a commit
    print(f"lifted: when() = {deadline.when()}, expired: {deadline.expired()}")


if __name__ == "__main__":
    asyncio.run(main())
