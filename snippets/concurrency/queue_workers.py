"""A worker pool: three workers take jobs from an asyncio.Queue; join()
waits until every job is marked task_done(), then the workers are
cancelled."""

import asyncio
import time
from collections import Counter


async def worker(
    name: str, queue: asyncio.Queue[int], handled: Counter[str]
) -> None:
    while True:  # never returns: cancelled once the queue is joined
        await queue.get()
        try:
            await asyncio.sleep(0.3)  # stand-in for I/O on the job
            handled[name] += 1
        finally:
            # Even if the job failed: join() counts task_done() calls.
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(9):
        queue.put_nowait(job)
    print(f"queued {queue.qsize()} jobs for 3 workers")

    handled: Counter[str] = Counter()
    started = time.perf_counter()
    workers = [
        asyncio.create_task(
            worker(f"worker-{i}", queue, handled), name=f"worker-{i}"
        )
        for i in range(3)
    ]
    joined = asyncio.create_task(queue.join(), name="join")
    # By 0.7 s the last jobs have been taken but are still being worked on.
    await asyncio.sleep(0.7)
    print(f"after 0.7s: queue empty: {queue.empty()}, joined: {joined.done()}")

    async with asyncio.timeout(5):  # a stuck worker must not hang us
        await joined
    elapsed = time.perf_counter() - started
    print(f"join() returned after {elapsed:.1f}s: every job is done")
    for name, count in sorted(handled.items()):
        print(f"  {name} handled {count} jobs")

    # The workers wait forever on get(): cancel them, then wait for them.
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    cancelled = [task.get_name() for task in workers if task.cancelled()]
    print(f"cancelled: {', '.join(cancelled)}")


if __name__ == "__main__":
    asyncio.run(main())
