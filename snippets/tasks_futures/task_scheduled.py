"""create_task schedules a coroutine: it starts when main gives the loop
control, and runs to the end whether or not anyone awaits it yet."""

import asyncio


async def download(name: str, seconds: float) -> str:
    print(f"  {name}: started")
    await asyncio.sleep(seconds)
    print(f"  {name}: finished")
    return f"{name}.zip"


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    # Keep the references: we need the results, and the loop itself only
    # holds tasks weakly.
    first = asyncio.create_task(download("first", 0.5), name="first")
    second = asyncio.create_task(download("second", 0.5), name="second")
    print("main: created 2 tasks; neither has started")

    await asyncio.sleep(0)  # one turn of the loop: both tasks start
    print("main: busy with its own work for 1.0s")
    await asyncio.sleep(1.0)
    print(f"main: first done={first.done()}, second done={second.done()}")

    results = [await first, await second]  # already done: no waiting
    print(f"main: results {results} after {loop.time() - start:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
