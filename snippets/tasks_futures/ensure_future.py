"""ensure_future() takes a coroutine, a Future or any awaitable and returns
a Future; create_task() takes only a coroutine, so it catches a mistake
that ensure_future() lets through. iscoroutine() and isfuture() tell the
kinds apart."""

import asyncio
from collections.abc import Generator


async def fetch() -> str:
    await asyncio.sleep(0.1)
    return "data"


class Ready:
    """An awaitable that is neither a coroutine nor a Future."""

    def __await__(self) -> Generator[None, None, str]:
        yield from asyncio.sleep(0).__await__()
        return "ready"


def kind(obj: object) -> str:
    return (
        f"iscoroutine={asyncio.iscoroutine(obj)}, "
        f"isfuture={asyncio.isfuture(obj)}"
    )


async def main() -> None:
    coro = fetch()
    print(f"fetch(): {kind(coro)}")
    task = asyncio.ensure_future(coro)  # a coroutine: wrapped in a Task
    print(f"ensure_future(coroutine) -> {type(task).__name__}: {kind(task)}")
    again = asyncio.ensure_future(task)  # a Future: returned as it is
    print(f"ensure_future(task) is task: {again is task}")
    wrapped = asyncio.ensure_future(Ready())  # any awaitable: a Task
    print(f"ensure_future(Ready()) -> {type(wrapped).__name__}")
    print(f"results: {await task!r}, {await wrapped!r}")

    # create_task() accepts only a coroutine: passing a task by mistake
    # (a double schedule) fails loudly instead of passing silently.
    try:
        asyncio.create_task(task)  # noqa: RUF006 (it raises)
    except TypeError as error:
        reason = str(error).split(",")[0]  # the rest shows the task's repr
        print(f"create_task(task): TypeError: {reason}")


if __name__ == "__main__":
    asyncio.run(main())
