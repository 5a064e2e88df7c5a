"""The three kinds of awaitable: a coroutine, a Task and a Future."""

import asyncio
import inspect


async def double(x: int) -> int:
    await asyncio.sleep(0.1)
    return x * 2


async def main() -> None:
    # 1. A coroutine runs inside the awaiting coroutine, step by step.
    coro = double(1)
    print(f"{type(coro).__name__:<10} awaitable={inspect.isawaitable(coro)}  result={await coro}")

    # 2. A Task wraps a coroutine and schedules it on the event loop by itself.
    task = asyncio.create_task(double(2))
    print(f"{type(task).__name__:<10} awaitable={inspect.isawaitable(task)}  result={await task}")

    # 3. A Future is an empty slot for a result that someone else sets later:
    #    here a callback that the loop runs after 0.1 s.
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(0.1, future.set_result, 6)
    print(f"{type(future).__name__:<10} awaitable={inspect.isawaitable(future)}  result={await future}")

    print(f"a Task is a Future: {isinstance(task, asyncio.Future)}")


if __name__ == "__main__":
    asyncio.run(main())
