"""contextlib.aclosing closes an async generator where its block ends:
its `finally` runs at once, in the caller's task, even on an error."""

import asyncio
import contextlib
from collections.abc import AsyncGenerator


async def readings(name: str) -> AsyncGenerator[int, None]:
    owner = asyncio.current_task()  # the task that iterates it
    try:
        for n in range(1, 100):
            yield n
            await asyncio.sleep(0.01)
    finally:
        same = asyncio.current_task() is owner
        print(f"{name}: finally runs (in the caller's task: {same})")


async def main() -> None:
    async with contextlib.aclosing(readings("A")) as stream:
        async for n in stream:
            if n == 2:
                print(f"A: break at {n}")
                break
    print("A: after the async with, closed already")

    try:
        async with contextlib.aclosing(readings("B")) as stream:
            async for n in stream:
                if n == 2:
                    raise ValueError(f"bad reading {n}")
    except ValueError as error:
        print(f"B: caller caught {error!r}")


if __name__ == "__main__":
    asyncio.run(main())
