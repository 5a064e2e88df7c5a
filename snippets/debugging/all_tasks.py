"""What is running? asyncio.all_tasks(), current_task() and task names,
with the line where each task is suspended."""

import asyncio


async def download(url: str, seconds: float) -> None:
    await asyncio.sleep(seconds)


async def wait_for_orders(queue: asyncio.Queue[str]) -> None:
    while True:
        order = await queue.get()
        print(f"order {order}")


def where(task: asyncio.Task[object]) -> str:
    """The function and line where a task is suspended, or what it does."""
    if task is asyncio.current_task():
        return "running: it is the current task"
    frames = task.get_stack(limit=1)  # the innermost frame only
    if not frames:
        return "finished" if task.done() else "not started yet"
    frame = frames[0]
    return f"suspended in {frame.f_code.co_name}(), line {frame.f_lineno}"


async def main() -> None:
    me = asyncio.current_task()
    assert me is not None
    print(f"asyncio.run named the main task {me.get_name()!r}")
    me.set_name("main")
    queue: asyncio.Queue[str] = asyncio.Queue()
    tasks = [
        asyncio.create_task(download("/a", 0.2), name="download /a"),
        asyncio.create_task(download("/b", 5), name="download /b"),
        asyncio.create_task(wait_for_orders(queue), name="orders"),
    ]
    await asyncio.sleep(0.3)  # /a finishes meanwhile
    for task in sorted(asyncio.all_tasks(), key=asyncio.Task.get_name):
        print(f"{task.get_name():12} {where(task)}")
    print(f"finished, so not in all_tasks(): {tasks[0].get_name()!r}")
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
