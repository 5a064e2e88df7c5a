"""Leave an async generator with `break` and its `finally` does not run
at the break: it runs later, in another task, or never."""

import asyncio
import gc
from collections.abc import AsyncGenerator

cleaned_up: list[str] = []
# Outlives main, as a cache or a module-level registry would.
still_referenced: list[AsyncGenerator[int, None]] = []


async def readings(name: str) -> AsyncGenerator[int, None]:
    owner = asyncio.current_task()  # the task that iterates it
    try:
        for n in range(1, 100):
            yield n
            await asyncio.sleep(0.01)
    finally:
        # Stands for closing a file, a cursor, a connection.
        same = asyncio.current_task() is owner
        print(f"{name}: finally runs (in the caller's task: {same})")
        cleaned_up.append(name)


async def first_two(name: str) -> AsyncGenerator[int, None]:
    stream = readings(name)
    async for n in stream:
        if n == 2:
            print(f"{name}: break at {n}")
            break
    return stream


async def dropped_at_once() -> None:
    async for n in readings("A"):
        if n == 2:
            print(f"A: break at {n}")
            break
    print("A: caller moved on, no await yet")
    await asyncio.sleep(0.1)
    print("A: caller, after its next await")


def on_a_loop_closed_the_old_way() -> None:
    # Code written before asyncio.run: no loop.shutdown_asyncgens().
    loop = asyncio.new_event_loop()
    try:
        kept = loop.run_until_complete(first_two("C"))
    finally:
        loop.close()
    del kept  # the last reference goes, the loop is closed
    gc.collect()


async def main() -> None:
    await dropped_at_once()

    await asyncio.to_thread(on_a_loop_closed_the_old_way)
    print(f"C: finally ran: {'C' in cleaned_up}")

    still_referenced.append(await first_two("B"))
    print("B: main returns, the generator is still referenced")


if __name__ == "__main__":
    asyncio.run(main())
