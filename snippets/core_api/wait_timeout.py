"""asyncio.wait(timeout=...) returns when time is up, raises nothing and
cancels nothing: the pending tasks keep running."""

import asyncio
import time


async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"  {name}: finished")
    return f"{name} result"


async def main() -> None:
    started = time.perf_counter()
    fast = asyncio.create_task(job("fast", 0.2), name="fast")
    slow = asyncio.create_task(job("slow", 1.0), name="slow")
    done, pending = await asyncio.wait({fast, slow}, timeout=0.5)
    elapsed = time.perf_counter() - started
    done_names = sorted(task.get_name() for task in done)
    pending_names = sorted(task.get_name() for task in pending)
    print(
        f"wait returned after {elapsed:.1f}s: done={done_names} "
        f"pending={pending_names}"
    )
    print(f"slow: done={slow.done()} cancelled={slow.cancelled()}")

    # Still running: await it (or cancel it) so it is not left behind.
    result = await slow
    elapsed = time.perf_counter() - started
    print(f"after {elapsed:.1f}s: await slow -> {result!r}")


if __name__ == "__main__":
    asyncio.run(main())
