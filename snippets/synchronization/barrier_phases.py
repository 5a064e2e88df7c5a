"""asyncio.Barrier (Python 3.11+): three workers finish each phase
together; the slowest worker of a phase decides when the next begins."""

import asyncio

# Seconds each worker needs in phase 1 and phase 2.
WORK = {"a": (0.1, 0.3), "b": (0.2, 0.2), "c": (0.4, 0.1)}


async def worker(name: str, barrier: asyncio.Barrier, begin: float) -> None:
    loop = asyncio.get_running_loop()
    for phase, seconds in enumerate(WORK[name], start=1):
        await asyncio.sleep(seconds)
        print(f"{loop.time() - begin:.1f}s  {name}: phase {phase} done")
        # wait() returns a different index to each party, 0 to one.
        if await barrier.wait() == 0:
            now = loop.time() - begin
            print(f"{now:.1f}s  all three passed barrier {phase}")


async def main() -> None:
    begin = asyncio.get_running_loop().time()
    barrier = asyncio.Barrier(len(WORK))
    async with asyncio.TaskGroup() as group:
        for name in WORK:
            group.create_task(worker(name, barrier, begin))


if __name__ == "__main__":
    asyncio.run(main())
