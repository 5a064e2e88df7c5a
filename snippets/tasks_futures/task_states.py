"""A task starts pending and ends done: with a result, cancelled, or
failed with an exception."""

import asyncio


async def succeeds() -> int:
    await asyncio.sleep(0.5)
    return 42


async def fails() -> int:
    await asyncio.sleep(0.5)
    raise ValueError("bad input")


async def sleeps_long() -> int:
    await asyncio.sleep(60)  # cancelled long before this ends
    return 0


def outcome(task: asyncio.Task) -> str:
    """Read a task's outcome without raising."""
    if not task.done():
        return "pending"
    if task.cancelled():
        return "cancelled"
    if (error := task.exception()) is not None:
        return f"failed: {error!r}"
    return f"result: {task.result()!r}"


def show(stage: str, tasks: list[asyncio.Task]) -> None:
    print(stage)
    for task in tasks:
        print(
            f"  {task.get_name():<11} done={task.done()!s:<5} "
            f"cancelled={task.cancelled()!s:<5} {outcome(task)}"
        )


async def main() -> None:
    tasks = [
        asyncio.create_task(succeeds(), name="succeeds"),
        asyncio.create_task(fails(), name="fails"),
        asyncio.create_task(sleeps_long(), name="sleeps_long"),
    ]
    show("just created:", tasks)
    await asyncio.sleep(0.1)  # all three are now waiting in their sleep

    tasks[2].cancel()
    # cancel() only requests it: the task is cancelled when it next runs.
    show("right after sleeps_long.cancel():", tasks[2:])

    await asyncio.wait(tasks, timeout=2)
    show("after asyncio.wait(tasks):", tasks)


if __name__ == "__main__":
    asyncio.run(main())
