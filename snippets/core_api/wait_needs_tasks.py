"""Since Python 3.11, asyncio.wait accepts tasks and futures, not bare
coroutines."""

import asyncio


async def job(delay: float) -> str:
    await asyncio.sleep(delay)
    return "ok"


async def main() -> None:
    coros = [job(0.1), job(0.2)]
    try:
        await asyncio.wait(coros)
    except TypeError as error:
        print("asyncio.wait(coroutines) raised TypeError:")
        print(f"  {error}")
        for coro in coros:
            coro.close()  # never started: close them to avoid a warning

    # Wrap each coroutine in a task first.
    tasks = [asyncio.create_task(job(0.1)), asyncio.create_task(job(0.2))]
    done, pending = await asyncio.wait(tasks)
    print(f"asyncio.wait(tasks): {len(done)} done, {len(pending)} pending")


if __name__ == "__main__":
    asyncio.run(main())
