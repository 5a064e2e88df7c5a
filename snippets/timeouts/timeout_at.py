"""asyncio.timeout_at(): an absolute deadline on the loop's clock, shared
by several separate steps."""

import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    deadline = started + 1  # one budget for the whole job

    async with asyncio.timeout_at(deadline):
        await asyncio.sleep(0.6)  # connecting
    print(f"connected at {loop.time() - started:.1f}s")

    # Work between the two steps still uses up the budget.
    await asyncio.sleep(0.2)

    left = deadline - loop.time()
    print(f"reading: {left:.1f}s of the budget left")
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(0.6)  # reading the reply
        print("read the reply")  # not reached
    except TimeoutError:
        print(f"TimeoutError at {loop.time() - started:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
