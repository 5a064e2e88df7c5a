"""What aiofiles costs: count the lines of one log file four ways
(measurement)."""

import asyncio
import tempfile
import time
from pathlib import Path

import aiofiles
import aiofiles.os

LINES = 5_000  # small on purpose: aiofiles makes a thread trip per line


def write_log(path: Path) -> None:
    block = "".join(
        f"2024-05-01T12:00:{i % 60:02d} GET /api/items/{i} 200 {i % 97}ms\n"
        for i in range(1000)
    )
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(LINES // 1000):
            f.write(block)


def read_and_count(path: Path) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f)


async def aiofiles_lines(path: Path) -> int:
    count = 0
    async with aiofiles.open(path, encoding="utf-8") as f:
        async for _ in f:  # each line: a readline() in a worker thread
            count += 1
    return count


async def aiofiles_read(path: Path) -> int:
    async with aiofiles.open(path, encoding="utf-8") as f:
        text = await f.read()  # the whole file in one trip
    return text.count("\n")


async def to_thread(path: Path) -> int:
    return await asyncio.to_thread(read_and_count, path)


async def plain(path: Path) -> int:
    # The baseline: nothing else runs on this loop, so blocking it for
    # a moment harms no one here. Do not do this in a server.
    return read_and_count(path)


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "access.log"
        await asyncio.to_thread(write_log, path)
        size_kb = (await aiofiles.os.stat(path)).st_size / 1000
        print(f"file: {LINES:,} lines, {size_kb:.0f} KB")

        timings, counts = {}, set()
        for name, count_lines in [
            ("aiofiles_lines_ms", aiofiles_lines),
            ("aiofiles_read_ms", aiofiles_read),
            ("to_thread_ms", to_thread),
            ("sync_ms", plain),
        ]:
            started = time.perf_counter()
            async with asyncio.timeout(30):
                counts.add(await count_lines(path))
            timings[name] = (time.perf_counter() - started) * 1000

    print(f"every way counted the same lines: {counts == {LINES}}")
    for name, ms in timings.items():
        print(f"{name}: {ms:.1f}")
    per_line = timings["aiofiles_lines_ms"] * 1000 / LINES
    print(f"aiofiles_per_line_us: {per_line:.1f}")
    slower = timings["aiofiles_lines_ms"] / timings["sync_ms"]
    print(f"aiofiles_lines_vs_sync: {slower:.0f}")
    print(f"async for over aiofiles took {slower:.0f}x as long as plain code")


if __name__ == "__main__":
    asyncio.run(main())
