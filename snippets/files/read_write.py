"""Write, append and read a text file with aiofiles, in a temporary
directory that is removed afterwards."""

import asyncio
import tempfile
from pathlib import Path

import aiofiles
import aiofiles.os


async def main() -> None:
    # The directory and everything in it is deleted when the block ends.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.txt"

        async with aiofiles.open(path, "w", encoding="utf-8") as f:
            await f.write("first line\n")
            await f.writelines(["second line\n", "third line\n"])

        async with aiofiles.open(path, "a", encoding="utf-8") as f:
            await f.write("appended line\n")

        stat = await aiofiles.os.stat(path)
        print(f"notes.txt: {stat.st_size} bytes")

        async with aiofiles.open(path, encoding="utf-8") as f:
            text = await f.read()  # the whole file at once
        print(f"read(): {len(text.splitlines())} lines")

        async with aiofiles.open(path, encoding="utf-8") as f:
            async for line in f:  # one line at a time
                print(f"  {line.rstrip()}")

    still_there = await aiofiles.os.path.exists(folder)
    print(f"temporary directory still there: {still_there}")


if __name__ == "__main__":
    asyncio.run(main())
