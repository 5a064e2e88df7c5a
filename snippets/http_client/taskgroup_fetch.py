"""Concurrent requests in an asyncio.TaskGroup; one failure cancels the
requests still running."""

import asyncio
import os
import time

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")


async def fetch(session: aiohttp.ClientSession, path: str) -> int:
    async with session.get(f"{BASE_URL}{path}") as response:
        response.raise_for_status()
        await response.read()
        return response.status


async def run_group(session: aiohttp.ClientSession, paths: list[str]) -> None:
    started = time.perf_counter()
    tasks = []
    try:
        async with asyncio.TaskGroup() as group:
            for index, path in enumerate(paths):
                name = f"get {path} #{index}"
                tasks.append(
                    group.create_task(fetch(session, path), name=name)
                )
    except* aiohttp.ClientResponseError as failure:
        elapsed = time.perf_counter() - started
        statuses = [error.status for error in failure.exceptions]
        print(f"  the group raised after {elapsed:.1f}s: HTTP {statuses}")
    else:
        elapsed = time.perf_counter() - started
        statuses = [task.result() for task in tasks]
        print(f"  all done after {elapsed:.1f}s: {statuses}")
    for task in tasks:
        if task.cancelled():
            state = "cancelled"
        elif task.exception() is not None:
            state = f"raised {type(task.exception()).__name__}"
        else:
            state = f"returned {task.result()}"
        print(f"  {task.get_name()}: {state}")


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        print("three 1-second requests:")
        await run_group(session, ["/delay/1"] * 3)
        print("the same, plus one that fails:")
        await run_group(session, ["/delay/1"] * 3 + ["/status/500"])


if __name__ == "__main__":
    asyncio.run(main())
