"""add_done_callback: the loop calls it with the finished task or
future."""

import asyncio


async def work(seconds: float, fail: bool = False) -> str:
    await asyncio.sleep(seconds)
    if fail:
        raise ConnectionError("peer went away")
    return f"slept {seconds}s"


def on_done(task: asyncio.Task) -> None:
    # Called with the finished task: read its outcome without raising.
    name = task.get_name()
    if task.cancelled():
        print(f"  callback: {name} was cancelled")
    elif (error := task.exception()) is not None:
        print(f"  callback: {name} failed: {error!r}")
    else:
        print(f"  callback: {name} returned {task.result()!r}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(work(0.2), name="quick"),
        asyncio.create_task(work(0.4, fail=True), name="flaky"),
        asyncio.create_task(work(60), name="stuck"),
    ]
    for task in tasks:
        task.add_done_callback(on_done)
    print("main: callbacks added")

    await asyncio.wait(tasks, timeout=0.6)
    print("main: 0.6s passed, cancelling what is left")
    tasks[2].cancel()
    await asyncio.wait(tasks, timeout=1)

    # A plain Future works the same way.
    fut = loop.create_future()
    fut.add_done_callback(
        lambda f: print(f"  callback: future got {f.result()!r}")
    )
    fut.set_result("done")
    print("main: set_result called; the callback has not run yet")
    await asyncio.sleep(0)  # the loop runs the callback on its next turn
    print("main: finished")


if __name__ == "__main__":
    asyncio.run(main())
