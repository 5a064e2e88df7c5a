"""One task fails: gather lets its sibling run on, TaskGroup cancels it."""

import asyncio


async def fail_soon() -> None:
    await asyncio.sleep(0.2)
    raise ValueError("boom")


async def sibling(label: str) -> str:
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print(f"  {label} sibling: cancelled")
        raise
    print(f"  {label} sibling: finished its work")
    return "done"


async def with_gather() -> None:
    failing = asyncio.create_task(fail_soon())
    other = asyncio.create_task(sibling("gather"))
    try:
        await asyncio.gather(failing, other)
    except ValueError as error:
        print(f"gather raised {error!r}; sibling done: {other.done()}")
    # gather did not cancel the sibling: it is still running. Wait for it,
    # or it would be left running unattended.
    await asyncio.wait_for(other, timeout=2)
    print(f"gather: sibling result {other.result()!r}")


async def with_taskgroup() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            other = tg.create_task(sibling("TaskGroup"))
    except* ValueError as group:
        print(f"TaskGroup raised {group.exceptions!r}")
    print(f"TaskGroup: sibling cancelled={other.cancelled()}")


async def main() -> None:
    await with_gather()
    await with_taskgroup()


if __name__ == "__main__":
    asyncio.run(main())
