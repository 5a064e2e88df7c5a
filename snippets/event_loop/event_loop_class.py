"""asyncio.EventLoop: the platform's default loop class by one name, for
asyncio.run(loop_factory=...) and Runner (Python 3.13+)."""

import asyncio


async def runs_an_event_loop() -> bool:
    return isinstance(asyncio.get_running_loop(), asyncio.EventLoop)


def with_loop_factory() -> tuple[bool, bool]:
    # In a worker thread: one thread runs one loop at a time.
    by_run = asyncio.run(runs_an_event_loop(), loop_factory=asyncio.EventLoop)
    with asyncio.Runner(loop_factory=asyncio.EventLoop) as runner:
        by_runner = runner.run(runs_an_event_loop())
    return by_run, by_runner


async def main() -> None:
    # On Unix it is SelectorEventLoop (on Windows, ProactorEventLoop).
    same = asyncio.EventLoop is asyncio.SelectorEventLoop
    print(f"asyncio.EventLoop is asyncio.SelectorEventLoop: {same}")
    print(f"asyncio.run() runs an EventLoop: {await runs_an_event_loop()}")
    by_run, by_runner = await asyncio.to_thread(with_loop_factory)
    print(f"run(loop_factory=asyncio.EventLoop): {by_run}")
    print(f"Runner(loop_factory=asyncio.EventLoop): {by_runner}")


if __name__ == "__main__":
    asyncio.run(main())
