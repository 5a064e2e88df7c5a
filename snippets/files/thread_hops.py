"""Every aiofiles call is a blocking call run in a worker thread: record
which thread ran each one."""

import asyncio
import tempfile
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiofiles


class RecordingExecutor(ThreadPoolExecutor):
    """A thread pool that records what it ran and in which thread."""

    def __init__(self) -> None:
        # One worker, so its thread name is always the same.
        super().__init__(max_workers=1, thread_name_prefix="worker")
        self.calls: list[tuple[str, str]] = []

    def submit(self, fn, /, *args, **kwargs):
        # aiofiles passes functools.partial(<file method>, ...).
        name = getattr(fn, "func", fn).__name__

        def recorded():
            thread = threading.current_thread().name
            self.calls.append((name, thread))
            return fn(*args, **kwargs)

        return super().submit(recorded)


async def main() -> None:
    loop = asyncio.get_running_loop()
    pool = RecordingExecutor()
    # aiofiles uses the loop's default executor unless told otherwise.
    loop.set_default_executor(pool)
    print(f"the event loop runs in: {threading.current_thread().name}")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "three.txt"
        async with aiofiles.open(path, "w") as f:
            await f.write("one\ntwo\nthree\n")
        async with aiofiles.open(path) as f:
            lines = [line.rstrip() async for line in f]
        print(f"read back: {lines}")
        for name, thread in pool.calls:
            print(f"  {name:<9} ran in {thread}")

        async with aiofiles.open(path, "w") as f:
            await f.write("x\n" * 1000)
        pool.calls.clear()  # count only the reading
        async with aiofiles.open(path) as f:
            count = sum([1 async for _ in f])
        hops = Counter(name for name, _ in pool.calls)
        print(f"async for over {count} lines: {dict(hops)}")


if __name__ == "__main__":
    asyncio.run(main())
