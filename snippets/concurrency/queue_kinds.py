"""Queue, LifoQueue and PriorityQueue: the same put() and get(), a
different order out."""

import asyncio

JOBS = [(2, "resize image"), (0, "charge card"), (1, "send email")]


async def drain(queue: asyncio.Queue[tuple[int, str]]) -> list[str]:
    for job in JOBS:
        await queue.put(job)
    taken = []
    while not queue.empty():
        _, name = await queue.get()
        taken.append(name)
        queue.task_done()
    return taken


async def main() -> None:
    print("put:", ", ".join(name for _, name in JOBS))
    for queue in (
        asyncio.Queue(),  # first in, first out
        asyncio.LifoQueue(),  # last in, first out: a stack
        asyncio.PriorityQueue(),  # smallest item first: (priority, job)
    ):
        taken = await drain(queue)
        print(f"{type(queue).__name__:>13}: {', '.join(taken)}")


if __name__ == "__main__":
    asyncio.run(main())
