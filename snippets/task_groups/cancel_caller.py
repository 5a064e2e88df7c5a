"""Cancelling the caller: gather and TaskGroup both cancel their children."""

import asyncio


async def child() -> None:
    await asyncio.sleep(1)  # never completes: the caller is cancelled first


async def with_gather(children: list[asyncio.Task[None]]) -> None:
    children += [
        asyncio.create_task(child(), name=f"gather child {i}") for i in (1, 2)
    ]
    await asyncio.gather(*children)


async def with_taskgroup(children: list[asyncio.Task[None]]) -> None:
    async with asyncio.TaskGroup() as tg:
        children += [
            tg.create_task(child(), name=f"group child {i}") for i in (1, 2)
        ]


async def main() -> None:
    for parent in (with_gather, with_taskgroup):
        children: list[asyncio.Task[None]] = []
        caller = asyncio.create_task(parent(children), name=parent.__name__)
        await asyncio.sleep(0.1)  # let the children start
        caller.cancel()
        # wait() does not raise: the caller's CancelledError stays in it.
        await asyncio.wait({caller}, timeout=2)
        print(f"{caller.get_name()}: cancelled={caller.cancelled()}")
        for task in children:
            print(f"  {task.get_name()}: cancelled={task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
