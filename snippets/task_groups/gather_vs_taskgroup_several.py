"""Two tasks fail: gather raises only the first, TaskGroup raises both."""

import asyncio


async def fail(error: Exception, go: asyncio.Event) -> None:
    await go.wait()  # both wake on the same event: they fail in the same step
    raise error


def go_in(seconds: float) -> asyncio.Event:
    go = asyncio.Event()
    asyncio.get_running_loop().call_later(seconds, go.set)
    return go


async def with_gather() -> None:
    go = go_in(0.1)
    first = asyncio.create_task(fail(ValueError("first"), go))
    second = asyncio.create_task(fail(KeyError("second"), go))
    try:
        await asyncio.gather(first, second)
    except Exception as error:
        print(f"gather raised:    {error!r}")
    # The second task failed too, but gather never raised its exception.
    print(f"  second task also failed with {second.exception()!r}")


async def with_taskgroup() -> None:
    go = go_in(0.1)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("first"), go))
            tg.create_task(fail(KeyError("second"), go))
    except* Exception as group:
        print(f"TaskGroup raised: {group.exceptions!r}")


async def main() -> None:
    await with_gather()
    await with_taskgroup()


if __name__ == "__main__":
    asyncio.run(main())
