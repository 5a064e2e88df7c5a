"""Stopping a worker pool with sentinels: after the jobs, put one None
per worker; each worker returns when it takes one."""

import asyncio


async def worker(name: str, queue: asyncio.Queue[int | None]) -> int:
    handled = 0
    while True:
        job = await queue.get()
        try:
            if job is None:  # the sentinel: no more jobs for this worker
                print(f"  {name} took a None: stopping")
                return handled
            await asyncio.sleep(0.2)  # stand-in for I/O on the job
            handled += 1
        finally:
            queue.task_done()


async def run(workers: int, sentinels: int) -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    for job in range(6):
        queue.put_nowait(job)
    for _ in range(sentinels):
        queue.put_nowait(None)
    tasks = [
        asyncio.create_task(worker(f"worker-{i}", queue), name=f"worker-{i}")
        for i in range(workers)
    ]
    # Wait with a limit: a worker that never gets its None never returns.
    done, pending = await asyncio.wait(tasks, timeout=1.0)
    for task in tasks:
        if task in done:
            print(f"  {task.get_name()} returned: {task.result()} jobs")
        else:
            print(f"  {task.get_name()} still waiting on get()")
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


async def main() -> None:
    print("3 workers, 3 sentinels:")
    await run(workers=3, sentinels=3)
    print("3 workers, 1 sentinel:")
    await run(workers=3, sentinels=1)


if __name__ == "__main__":
    asyncio.run(main())
