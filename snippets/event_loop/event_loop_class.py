"""asyncio.EventLoop: the platform's default loop class by one name, for
asyncio.run(loop_factory=...) and Runner (Python 3.13+)."""

import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"running an EventLoop: {isinstance(loop, asyncio.EventLoop)}")


if __name__ == "__main__":
    # On Unix it is SelectorEventLoop (on Windows, ProactorEventLoop).
    same = asyncio.EventLoop is asyncio.SelectorEventLoop
    print(f"asyncio.EventLoop is asyncio.SelectorEventLoop: {same}")
    # What asyncio.run() makes anyway, named explicitly:
    asyncio.run(main(), loop_factory=asyncio.EventLoop)
    with asyncio.Runner(loop_factory=asyncio.EventLoop) as runner:
        runner.run(main())
