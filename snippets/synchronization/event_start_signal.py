"""One asyncio.Event starts many waiting workers at once; a worker that
waits after the event is set does not wait at all."""

import asyncio


async def worker(name: str, start: asyncio.Event, begin: float) -> None:
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - begin:.1f}s  {name}: waiting for the start")
    await start.wait()
    print(f"{loop.time() - begin:.1f}s  {name}: started")


async def main() -> None:
    loop = asyncio.get_running_loop()
    begin = loop.time()
    start = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        for name in ("worker-1", "worker-2", "worker-3"):
            group.create_task(worker(name, start, begin))
        await asyncio.sleep(0.5)  # stands for loading the configuration
        print(f"{loop.time() - begin:.1f}s  main: start.set()")
        start.set()
        await asyncio.sleep(0.3)
        group.create_task(worker("latecomer", start, begin))
    print(f"start.is_set(): {start.is_set()}")


if __name__ == "__main__":
    asyncio.run(main())
