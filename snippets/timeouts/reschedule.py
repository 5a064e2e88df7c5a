"""Moving a deadline: timeout(None) sets one later, reschedule() pushes it
back while progress is made (an idle timeout)."""

import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()

    # 1. No deadline yet: the first reply says how long the rest may take.
    async with asyncio.timeout(None) as cm:
        print(f"timeout(None): when() = {cm.when()}")
        await asyncio.sleep(0.1)  # read a header that allows 1 s
        cm.reschedule(loop.time() + 1)
        print(f"rescheduled: deadline in {cm.when() - loop.time():.1f}s")
        await asyncio.sleep(0.3)  # the body arrives in time
    print(f"body read, expired: {cm.expired()}")

    # 2. An idle timeout: each chunk buys another 0.5 s.
    started = loop.time()
    try:
        async with asyncio.timeout(0.5) as cm:
            for chunk in (1, 2, 3):
                await asyncio.sleep(0.3)
                cm.reschedule(loop.time() + 0.5)
                print(f"chunk {chunk} at {loop.time() - started:.1f}s")
            await asyncio.sleep(5)  # the sender stalls
    except TimeoutError:
        elapsed = loop.time() - started
        print(f"idle: TimeoutError at {elapsed:.1f}s, expired: {cm.expired()}")


if __name__ == "__main__":
    asyncio.run(main())
