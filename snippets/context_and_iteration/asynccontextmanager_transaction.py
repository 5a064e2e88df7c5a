"""@asynccontextmanager: the code before `yield` runs on entry, the code
after it on exit; an exception in the block is raised at the `yield`."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


@asynccontextmanager
async def transaction(name: str) -> AsyncIterator[str]:
    await asyncio.sleep(0.01)  # take a connection, send BEGIN
    print(f"{name}: begin")
    try:
        yield name
    except BaseException as error:  # also a cancellation
        print(f"{name}: rollback after {type(error).__name__}")
        raise  # the caller must still see it
    else:
        print(f"{name}: commit")
    finally:
        print(f"{name}: connection released")


async def main() -> None:
    async with transaction("t1") as name:
        print(f"{name}: insert")

    try:
        async with transaction("t2") as name:
            print(f"{name}: insert")
            raise ValueError("bad row")
    except ValueError as error:
        print(f"caller caught {error!r}")

    try:
        async with asyncio.timeout(0.1):
            async with transaction("t3") as name:
                print(f"{name}: slow insert")
                await asyncio.sleep(1)
    except TimeoutError:
        print("caller caught TimeoutError")


if __name__ == "__main__":
    asyncio.run(main())
