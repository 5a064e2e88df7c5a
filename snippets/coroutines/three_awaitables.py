"""The three kinds of awaitable: a coroutine, a Task and a Future."""

import asyncio
import inspect


async def double(x: int) -> int:
    await asyncio.sleep(0.1)
    return x * 2


def describe(awaitable: object, result: int) -> None:
    kind = type(awaitable).__name__
    ok = inspect.isawaitable(awaitable)
    print(f"{kind:<10} awaitable={ok}  result={result}")


async def main() -> None:
    # 1. A coroutine runs inside the coroutine that awaits it, step by step.
    coro = double(1)
    describe(coro, await coro)

    # 2. A Task wraps a coroutine and the event loop runs it on its own.
    task = asyncio.create_task(double(2))
    describe(task, await task)

    # 3. A Future is an empty slot for a result that someone else sets later:
    #    here a callback that the loop runs after 0.1 s.
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(0.1, future.set_result, 6)
    describe(future, await future)

    print(f"a Task is a Future: {isinstance(task, asyncio.Future)}")


if __name__ == "__main__":
    asyncio.run(main())
