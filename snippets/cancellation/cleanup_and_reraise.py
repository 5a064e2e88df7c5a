"""Clean up when cancelled, then re-raise CancelledError."""

import asyncio
import time


def since(started: float) -> str:
    return f"{time.perf_counter() - started:.1f}s"


async def download(started: float) -> None:
    print("download: connection opened")
    received = 0
    try:
        while True:
            await asyncio.sleep(0.4)  # one chunk of network I/O
            received += 1
            print(f"download: chunk {received} at {since(started)}")
    except asyncio.CancelledError:
        print(f"download: cancelled after {received} chunks, saving progress")
        raise  # without this the task would not end as cancelled
    finally:
        # Runs however the task ends: finished, failed or cancelled.
        print("download: connection closed")


async def main() -> None:
    started = time.perf_counter()
    task = asyncio.create_task(download(started), name="download")
    await asyncio.sleep(1)
    print(f"main: cancelling at {since(started)}")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: await task raised CancelledError")
    print(f"main: task.cancelled() = {task.cancelled()}")


if __name__ == "__main__":
    asyncio.run(main())
