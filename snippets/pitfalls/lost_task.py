"""A task that nothing refers to can be destroyed halfway: the event loop
keeps only weak references to tasks. The fix keeps each task in a set until
it is done."""

import asyncio
import gc
import logging


class FirstLines(logging.Handler):
    """Print the first line of what asyncio logs (the rest has addresses)."""

    def emit(self, record: logging.LogRecord) -> None:
        first_line = record.getMessage().splitlines()[0]
        print(f"  asyncio logged: {first_line}")


# How each task ended, by name. main prints it, not the task: Python does
# not promise in which order the collector finalizes a task and its
# coroutine, so a print in the task could come before or after the log.
stopped_by: dict[str, str] = {}


async def wait_for_reply(name: str) -> None:
    # A reply future only this task refers to stands for any wake-up the
    # rest of the program does not hold on to.
    reply = asyncio.get_running_loop().create_future()
    print(f"  {name}: waiting for a reply")
    try:
        await reply
    except BaseException as error:
        stopped_by[name] = type(error).__name__
        raise


def tasks_left() -> int:
    return len(asyncio.all_tasks() - {asyncio.current_task()})


async def without_a_reference() -> None:
    print("no reference kept:")
    # The mistake (ruff flags it as RUF006): the task object is dropped.
    asyncio.create_task(wait_for_reply("listener"))  # noqa: RUF006
    await asyncio.sleep(0)  # the task starts and waits for its reply
    gc.collect()  # a collection that happens to run now
    print(f"  tasks left after gc.collect(): {tasks_left()}")
    print(f"  listener stopped by {stopped_by.pop('listener')}")


background_tasks: set[asyncio.Task[None]] = set()


async def kept_in_a_set() -> None:
    print("kept in a set until done:")
    task = asyncio.create_task(wait_for_reply("listener"))
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)
    await asyncio.sleep(0)
    gc.collect()
    print(f"  tasks left after gc.collect(): {tasks_left()}")
    # Still reachable, so it can be stopped the proper way.
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"  listener stopped by {stopped_by.pop('listener')}")
    print(f"  background_tasks is empty: {not background_tasks}")


async def main() -> None:
    logger = logging.getLogger("asyncio")
    logger.addHandler(FirstLines())
    logger.propagate = False  # only the first line, printed above
    await without_a_reference()
    await kept_in_a_set()


if __name__ == "__main__":
    asyncio.run(main())
