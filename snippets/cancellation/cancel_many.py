"""Cancel a group of tasks, then wait until every one has cleaned up."""

import asyncio


async def job(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
        return f"{name} finished"
    finally:
        print(f"{name}: cleanup")


async def main() -> None:
    tasks = [
        asyncio.create_task(job(name, seconds), name=name)
        for name, seconds in [("fast", 0.1), ("slow-1", 1), ("slow-2", 2)]
    ]
    await asyncio.sleep(0.3)  # "fast" has finished by now

    for task in tasks:
        # False for a task that is already done: nothing to cancel.
        print(f"cancel {task.get_name()}: {task.cancel()}")
    # Wait for them all; return_exceptions=True hands back each task's
    # CancelledError as a value instead of raising the first one.
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for task, result in zip(tasks, results, strict=True):
        if isinstance(result, asyncio.CancelledError):
            print(f"{task.get_name()}: a CancelledError instance")
        else:
            print(f"{task.get_name()}: {result!r}")


if __name__ == "__main__":
    asyncio.run(main())
