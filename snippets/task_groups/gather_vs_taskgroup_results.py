"""Results: gather and TaskGroup both keep the order you started tasks in."""

import asyncio

JOBS = [("slow", 0.3), ("fast", 0.1), ("medium", 0.2)]


async def job(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"  {name} finished")
    return name


async def main() -> None:
    results = await asyncio.gather(*(job(name, s) for name, s in JOBS))
    print(f"gather results:    {results}")

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(name, s)) for name, s in JOBS]
    print(f"TaskGroup results: {[task.result() for task in tasks]}")


if __name__ == "__main__":
    asyncio.run(main())
