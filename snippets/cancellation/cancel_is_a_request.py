"""task.cancel() only asks: CancelledError is raised at the task's next
await, and code between awaits is never interrupted."""

import asyncio
import time


def crunch(seconds: float) -> None:
    """CPU work: it holds the event loop, so nothing else can run."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def since(started: float) -> str:
    return f"{time.perf_counter() - started:.1f}s"


async def worker(started: float) -> None:
    for step in (1, 2, 3):
        crunch(0.3)  # no await in here
        print(f"worker: step {step} done at {since(started)}")
    print("worker: reached an await")
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"worker: CancelledError raised at the await, {since(started)}")
        raise  # let the task end as cancelled


async def main() -> None:
    started = time.perf_counter()
    task = asyncio.create_task(worker(started), name="worker")
    await asyncio.sleep(0.1)  # main means to cancel the worker after 0.1 s
    print(f"main: woke up at {since(started)}, calling cancel()")
    requested = task.cancel()
    print(f"main: cancel() returned {requested}, task done: {task.done()}")
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: task {task.get_name()!r} cancelled: {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
