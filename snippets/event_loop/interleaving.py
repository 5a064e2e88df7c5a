"""Each await suspends a coroutine; the loop resumes it when its wait is
over, and runs the other one in between."""

import asyncio


async def worker(name: str, delay: float, start: float) -> None:
    loop = asyncio.get_running_loop()
    for step in (1, 2):
        now = loop.time() - start
        print(f"{now:.1f}s  {name} step {step}: suspends at await")
        await asyncio.sleep(delay)
        now = loop.time() - start
        print(f"{now:.1f}s  {name} step {step}: resumed")


async def main() -> None:
    start = asyncio.get_running_loop().time()
    # Two tasks so the loop can switch between them at every await.
    a = asyncio.create_task(worker("A", 0.5, start))
    b = asyncio.create_task(worker("B", 0.7, start))
    await asyncio.gather(a, b)


if __name__ == "__main__":
    asyncio.run(main())
