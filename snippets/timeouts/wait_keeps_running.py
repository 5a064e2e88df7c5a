"""asyncio.wait(timeout=...) only stops waiting: the tasks still pending
keep running until you cancel them."""

import asyncio
import time


def since(started: float) -> str:
    return f"{time.perf_counter() - started:.1f}s"


async def job(name: str, seconds: float, started: float) -> None:
    await asyncio.sleep(seconds)
    print(f"{name}: finished at {since(started)}")


async def main() -> None:
    started = time.perf_counter()
    tasks = {
        asyncio.create_task(job(name, seconds, started), name=name)
        for name, seconds in [("fast", 0.2), ("slow", 1), ("slower", 2)]
    }
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print(f"wait returned at {since(started)}")
    print(f"  done: {sorted(task.get_name() for task in done)}")
    print(f"  pending: {sorted(task.get_name() for task in pending)}")

    await asyncio.sleep(0.7)  # the mistake: moving on as if they had stopped
    running = sorted(task.get_name() for task in pending if not task.done())
    print(f"{since(started)}: still running: {running}")

    for task in pending:  # the fix: cancel what you no longer wait for
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    cancelled = sorted(task.get_name() for task in pending if task.cancelled())
    print(f"cancelled: {cancelled}")


if __name__ == "__main__":
    asyncio.run(main())
