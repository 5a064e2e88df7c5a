"""The loop runs every ready callback, in FIFO order, before due timers."""

import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    finished = loop.create_future()

    def log(label: str) -> None:
        print(f"{loop.time() - start:.1f}s  {label}")

    def last(label: str) -> None:
        log(label)
        finished.set_result(None)

    # Scheduled first, yet it runs after every call_soon callback below.
    loop.call_later(0, log, "call_later(0, ...)")
    loop.call_later(0.5, last, "call_later(0.5, ...)")
    # call_at takes an absolute time on the loop's clock, loop.time().
    loop.call_at(start + 0.2, log, "call_at(start + 0.2, ...)")
    for n in (1, 2, 3):
        loop.call_soon(log, f"call_soon #{n}")
    # Nothing has run yet: main still holds the loop.
    print("main: scheduled 6 callbacks, now awaits")
    async with asyncio.timeout(2):  # never hang, even if a timer is lost
        await finished


if __name__ == "__main__":
    asyncio.run(main())
