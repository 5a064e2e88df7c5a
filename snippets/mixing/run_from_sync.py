"""Calling async code from sync code: asyncio.run inside a plain function,
which refuses to run where an event loop is already running."""

import asyncio
import time


async def fetch(name: str) -> str:
    await asyncio.sleep(0.5)  # stands in for a network call
    return f"{name}: ok"


async def fetch_all(names: list[str]) -> list[str]:
    return await asyncio.gather(*(fetch(name) for name in names))


def fetch_all_sync(names: list[str]) -> list[str]:
    """For sync callers: a script, a CLI command, a sync web view."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # no loop here: start one, run, close it
        return asyncio.run(fetch_all(names))
    raise RuntimeError("in async code, await fetch_all() instead")


def sync_caller() -> None:
    started = time.perf_counter()
    results = fetch_all_sync(["a", "b", "c"])
    print(f"sync caller: {results} in {time.perf_counter() - started:.1f}s")


async def main() -> None:
    # Async code awaits the coroutine function itself.
    print(f"async caller: {await fetch_all(['d', 'e'])}")
    try:
        fetch_all_sync(["f"])
    except RuntimeError as error:
        print("fetch_all_sync in a coroutine raised RuntimeError:")
        print(f"  {error}")


if __name__ == "__main__":
    sync_caller()  # plain code, no event loop running yet
    asyncio.run(main())
