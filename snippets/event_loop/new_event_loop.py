"""new_event_loop(): a loop you create, drive and close yourself, here in
a worker thread (a loop belongs to one thread); call_soon and call_later
return handles you can cancel."""

import asyncio


async def fetch(name: str) -> str:
    await asyncio.sleep(0.2)
    return f"{name} fetched"


def run_by_hand() -> asyncio.AbstractEventLoop:
    loop: asyncio.AbstractEventLoop = asyncio.new_event_loop()
    try:
        soon: asyncio.Handle = loop.call_soon(print, "  call_soon ran")
        late: asyncio.TimerHandle = loop.call_later(10, print, "  never")
        late.cancel()  # a cancelled handle never runs
        print(f"  handles: {type(soon).__name__}, {type(late).__name__}")
        result = loop.run_until_complete(fetch("first"))
        print(f"  {result}; the same loop runs again:")
        print(f"  {loop.run_until_complete(fetch('second'))}")
        # What asyncio.run() does last: finish async generators and the
        # default executor, then close.
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        loop.close()
    print(f"  closed: {loop.is_closed()}")
    return loop


async def main() -> None:
    running = asyncio.get_running_loop()
    print("a worker thread with its own loop:")
    loop = await asyncio.to_thread(run_by_hand)
    print(f"a different loop from asyncio.run()'s: {loop is not running}")


if __name__ == "__main__":
    asyncio.run(main())
