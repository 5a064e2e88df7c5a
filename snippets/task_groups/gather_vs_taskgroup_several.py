"""Two tasks fail: gather raises only the first, TaskGroup raises both."""

import asyncio


async def fail(error: Exception) -> None:
    await asyncio.sleep(0.1)  # both fail in the same turn of the loop
    raise error


async def with_gather() -> None:
    first = asyncio.create_task(fail(ValueError("first")))
    second = asyncio.create_task(fail(KeyError("second")))
    try:
        await asyncio.gather(first, second)
    except Exception as error:
        print(f"gather raised:    {error!r}")
    # The second task failed too, but gather never raised its exception.
    print(f"  second task also failed with {second.exception()!r}")


async def with_taskgroup() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("first")))
            tg.create_task(fail(KeyError("second")))
    except* Exception as group:
        print(f"TaskGroup raised: {group.exceptions!r}")


async def main() -> None:
    await with_gather()
    await with_taskgroup()


if __name__ == "__main__":
    asyncio.run(main())
