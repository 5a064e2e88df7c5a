"""A bounded queue (maxsize) makes a fast producer wait for a slow
consumer: backpressure."""

import asyncio


async def consumer(queue: asyncio.Queue[int]) -> None:
    while True:
        await queue.get()
        try:
            await asyncio.sleep(0.2)  # a slow consumer
        finally:
            queue.task_done()


async def produce(queue: asyncio.Queue[int], jobs: int, verbose: bool) -> None:
    """Put jobs as fast as the queue takes them."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    peak = 0
    for job in range(jobs):
        asked = loop.time()
        await queue.put(job)  # waits while the queue is full
        peak = max(peak, queue.qsize())
        if verbose:
            waited = loop.time() - asked
            print(
                f"  put job {job} after waiting {waited:.1f}s,"
                f" queue size {queue.qsize()}"
            )
    elapsed = loop.time() - started
    print(f"  producer done after {elapsed:.1f}s, queue peaked at {peak}")


async def run(maxsize: int, verbose: bool) -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=maxsize)
    task = asyncio.create_task(consumer(queue), name="consumer")
    await produce(queue, jobs=5, verbose=verbose)
    async with asyncio.timeout(5):
        await queue.join()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def main() -> None:
    print("Queue() with no maxsize:")
    await run(maxsize=0, verbose=False)
    print("Queue(maxsize=2):")
    await run(maxsize=2, verbose=True)


if __name__ == "__main__":
    asyncio.run(main())
