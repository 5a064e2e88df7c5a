"""Three ways to retrieve a task's exception: await the task, call
task.exception(), or check it in a done callback."""

import asyncio
import gc


async def fail(name: str) -> None:
    await asyncio.sleep(0.1)
    raise ValueError(f"{name} failed")


def report(task: asyncio.Task[None]) -> None:
    # Runs when the task finishes. exception() raises on a cancelled task,
    # so check cancelled() first.
    if task.cancelled():
        print(f"  callback: {task.get_name()} was cancelled")
    elif (error := task.exception()) is not None:
        print(f"  callback: {task.get_name()} failed with {error!r}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    unhandled: list[str] = []
    # Record what would otherwise be logged as "never retrieved".
    loop.set_exception_handler(
        lambda loop, context: unhandled.append(context["message"])
    )

    # 1. await re-raises the task's exception in the awaiting coroutine.
    first = asyncio.create_task(fail("first"), name="first")
    try:
        await first
    except ValueError as error:
        print(f"await: caught {error!r}")

    # 2. exception() returns it instead of raising; wait() does not raise.
    second = asyncio.create_task(fail("second"), name="second")
    await asyncio.wait({second}, timeout=1)
    print(f"exception(): {second.exception()!r}")

    # 3. Fire and forget: a set keeps the task alive while it runs, and a
    #    done callback looks at how it ended.
    background: set[asyncio.Task[None]] = set()
    third = asyncio.create_task(fail("third"), name="third")
    background.add(third)
    third.add_done_callback(background.discard)
    third.add_done_callback(report)
    await asyncio.sleep(0.2)

    del first, second, third
    gc.collect()  # destroy the tasks: any unretrieved error is reported now
    print(f"errors reported as never retrieved: {len(unhandled)}")


if __name__ == "__main__":
    asyncio.run(main())
