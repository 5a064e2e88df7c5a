"""Reading a big file with plain open() inside a coroutine stalls every
other task; the same function in asyncio.to_thread does not."""

import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

LINES = 2_000_000


def write_big_file(path: Path) -> None:
    block = "".join(f"line {i:06d}\n" for i in range(1000))
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(LINES // 1000):
            f.write(block)


def count_lines(path: Path) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f)


async def heartbeat(ticks: list[float]) -> None:
    while True:
        await asyncio.sleep(0.01)
        ticks.append(time.perf_counter())


async def watch(read: Callable[[], Awaitable[int]], label: str) -> None:
    ticks: list[float] = []
    beat = asyncio.create_task(heartbeat(ticks), name="heartbeat")
    await asyncio.sleep(0.05)  # the heartbeat is ticking now
    started = time.perf_counter()
    async with asyncio.timeout(10):
        lines = await read()
    finished = time.perf_counter()
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)
    ticked = any(started < tick < finished for tick in ticks)
    print(f"{label}:")
    print(f"  {lines:,} lines; heartbeat ticked meanwhile: {ticked}")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        await asyncio.to_thread(write_big_file, path)

        async def plain() -> int:
            return count_lines(path)  # the mistake: blocks the event loop

        async def in_thread() -> int:
            return await asyncio.to_thread(count_lines, path)

        await watch(plain, "count_lines(path) in a coroutine")
        await watch(in_thread, "await asyncio.to_thread(count_lines, path)")


if __name__ == "__main__":
    asyncio.run(main())
