"""A batch job over a directory: count the lines of every file
concurrently, at most three files open at a time."""

import asyncio
import tempfile
from pathlib import Path

import aiofiles
import aiofiles.os

# File name -> number of lines to write into it.
FILES = {
    "web-1.log": 1200,
    "web-2.log": 950,
    "worker.log": 40,
    "db.log": 310,
    "cron.log": 7,
}
MAX_OPEN = 3  # a real directory may hold thousands of files


class OpenFiles:
    """Counts the files open right now and the most open at once."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0

    def opened(self) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    def closed(self) -> None:
        self.now -= 1


async def write_file(path: Path, lines: int) -> None:
    async with aiofiles.open(path, "w", encoding="utf-8") as f:
        await f.write(
            "".join(f"{path.stem} event {i}\n" for i in range(lines))
        )


async def count_lines(
    path: Path, limit: asyncio.Semaphore, open_files: OpenFiles
) -> int:
    async with limit:
        open_files.opened()
        try:
            async with aiofiles.open(path, encoding="utf-8") as f:
                # One read() is one trip to the thread pool; `async for`
                # would make one trip per line (see below on this page).
                text = await f.read()
        finally:
            open_files.closed()
    return text.count("\n")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        async with asyncio.TaskGroup() as tg:
            for name, lines in FILES.items():
                tg.create_task(write_file(directory / name, lines))

        # The job itself: every .log file in the directory, as one task each.
        names = [
            n for n in await aiofiles.os.listdir(folder) if n.endswith(".log")
        ]
        limit = asyncio.Semaphore(MAX_OPEN)
        open_files = OpenFiles()
        async with asyncio.timeout(5), asyncio.TaskGroup() as tg:
            tasks = [
                tg.create_task(
                    count_lines(directory / name, limit, open_files), name=name
                )
                for name in names
            ]
        # Tasks finish in any order: sort by file name for the report.
        counts = {task.get_name(): task.result() for task in tasks}

    for name in sorted(counts):
        print(f"{name:<12} {counts[name]:>5} lines")
    print(f"{'total':<12} {sum(counts.values()):>5} lines")
    print(f"files open at once: at most {open_files.peak}")


if __name__ == "__main__":
    asyncio.run(main())
