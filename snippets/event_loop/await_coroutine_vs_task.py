"""await coroutine runs it inline in the current task; await task gives
control back to the event loop."""

import asyncio


async def compute() -> int:
    # Never suspends: no await that waits for anything.
    name = asyncio.current_task().get_name()
    print(f"  compute: runs in task {name!r}")
    return sum(range(1_000))


async def background() -> None:
    print("  background: got a turn")


async def main() -> None:
    asyncio.current_task().set_name("main")
    other = asyncio.create_task(background(), name="background")

    print("main: await compute()  (a coroutine)")
    await compute()
    print(f"main: back; background has run: {other.done()}")

    print("main: await create_task(compute())  (a Task)")
    await asyncio.create_task(compute(), name="compute")
    print(f"main: back; background has run: {other.done()}")
    await other


if __name__ == "__main__":
    asyncio.run(main())
