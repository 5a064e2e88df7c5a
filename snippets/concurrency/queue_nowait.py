"""put_nowait() and get_nowait() never wait: on a full queue put_nowait()
raises QueueFull, on an empty one get_nowait() raises QueueEmpty."""

import asyncio


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=2)
    for event in ("click", "scroll", "keypress"):
        try:
            queue.put_nowait(event)
            print(f"queued {event}, size {queue.qsize()}")
        except asyncio.QueueFull:
            # A producer that must not wait (a callback, a sensor) drops
            # or counts what does not fit.
            print(f"queue full: dropped {event}")

    while True:
        try:
            print(f"took {queue.get_nowait()}")
        except asyncio.QueueEmpty:
            print("queue empty: nothing to take now")
            break
        queue.task_done()


if __name__ == "__main__":
    asyncio.run(main())
