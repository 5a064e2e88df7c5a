"""Queue.shutdown(): workers finish what is queued, then get() raises
QueueShutDown and they return; immediate=True drops what is left
(Python 3.13+)."""

import asyncio


async def worker(name: str, queue: asyncio.Queue[int]) -> int:
    handled = 0
    while True:
        try:
            await queue.get()
        except asyncio.QueueShutDown:  # shut down and empty: stop
            return handled
        try:
            await asyncio.sleep(0.2)  # stand-in for I/O on the job
            handled += 1
        finally:
            queue.task_done()


async def run(immediate: bool) -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(6):
        queue.put_nowait(job)
    tasks = [
        asyncio.create_task(worker(f"worker-{i}", queue), name=f"worker-{i}")
        for i in range(3)
    ]
    await asyncio.sleep(0.1)  # the workers have each taken one job
    queue.shutdown(immediate=immediate)
    print(f"  shutdown(immediate={immediate}), {queue.qsize()} jobs left")
    try:
        queue.put_nowait(99)
    except asyncio.QueueShutDown:
        print("  put after shutdown: QueueShutDown")

    async with asyncio.timeout(5):
        await queue.join()  # every job taken was marked task_done()
        handled = await asyncio.gather(*tasks)
    print(f"  workers returned, jobs handled: {handled}")


async def main() -> None:
    print("finish the queued jobs, then stop:")
    await run(immediate=False)
    print("stop now, drop the queued jobs:")
    await run(immediate=True)


if __name__ == "__main__":
    asyncio.run(main())
