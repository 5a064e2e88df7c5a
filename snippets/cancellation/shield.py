"""asyncio.shield: cancelling the waiter leaves the shielded task running."""

import asyncio
import time


def since(started: float) -> str:
    return f"{time.perf_counter() - started:.1f}s"


async def save_order(started: float) -> str:
    print("save: writing order 42")
    await asyncio.sleep(1)  # must not be cut off halfway
    print(f"save: done at {since(started)}")
    return "order 42 saved"


async def handle_request(save: asyncio.Task[str], started: float) -> str:
    try:
        return await asyncio.shield(save)
    except asyncio.CancelledError:
        print(f"handler: cancelled at {since(started)}, the save goes on")
        raise


async def main() -> None:
    started = time.perf_counter()
    # Keep a reference to the shielded task: we await it below.
    save = asyncio.create_task(save_order(started), name="save")
    handler = asyncio.create_task(
        handle_request(save, started), name="handler"
    )
    await asyncio.sleep(0.3)
    handler.cancel()  # e.g. the client disconnected
    await asyncio.gather(handler, return_exceptions=True)
    print(f"main: handler cancelled: {handler.cancelled()}")
    print(f"main: save cancelled: {save.cancelled()}, done: {save.done()}")
    result = await save
    print(f"main: {result!r} at {since(started)}")


if __name__ == "__main__":
    asyncio.run(main())
