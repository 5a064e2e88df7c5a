"""asyncio.timeout(): one deadline for a whole block of awaits."""

import asyncio
import time


def since(started: float) -> str:
    return f"{time.perf_counter() - started:.1f}s"


async def step(n: int, started: float) -> None:
    try:
        await asyncio.sleep(0.4)
        print(f"step {n}: done at {since(started)}")
    except asyncio.CancelledError:
        print(f"step {n}: cancelled at {since(started)}")
        raise  # the timeout needs it back to raise TimeoutError


async def main() -> None:
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    try:
        async with asyncio.timeout(1) as cm:
            print(f"deadline in {cm.when() - loop.time():.1f}s")
            for n in (1, 2, 3):
                await step(n, started)
        print("all steps done")  # not reached: the block ran out of time
    except TimeoutError:
        print(f"TimeoutError at {since(started)}, expired: {cm.expired()}")


if __name__ == "__main__":
    asyncio.run(main())
