"""asyncio.run refuses to start inside an event loop that is running."""

import asyncio


async def fetch() -> str:
    await asyncio.sleep(0.1)
    return "data"


async def main() -> None:
    print("main is running on the loop that asyncio.run created")
    coro = fetch()
    try:
        asyncio.run(coro)
    except RuntimeError as error:
        print("asyncio.run inside main raised RuntimeError:")
        print(f"  {error}")
        # asyncio.run refused before starting it: close it, or Python warns
        # that it was never awaited.
        coro.close()
    # Inside a running loop, await the coroutine (or make it a task).
    print(f"await fetch() inside main: {await fetch()!r}")


if __name__ == "__main__":
    asyncio.run(main())
