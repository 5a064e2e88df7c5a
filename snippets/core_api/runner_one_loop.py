"""asyncio.Runner runs several coroutines on one loop; asyncio.run makes a
new loop for every call."""

import asyncio
import weakref

# How many times main ran on each event loop, kept next to the loop itself.
runs_per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, int] = (
    weakref.WeakKeyDictionary()
)


async def main() -> int:
    loop = asyncio.get_running_loop()
    runs_per_loop[loop] = runs_per_loop.get(loop, 0) + 1
    await asyncio.sleep(0.1)
    return runs_per_loop[loop]


if __name__ == "__main__":
    # One loop for the whole with block; it is closed when the block ends.
    with asyncio.Runner() as runner:
        for call in (1, 2):
            count = runner.run(main())
            print(f"runner.run() #{call}: main has run {count}x on this loop")
    # Each asyncio.run call creates a loop, runs main, closes the loop.
    for call in (1, 2):
        count = asyncio.run(main())
        print(f"asyncio.run() #{call}: main has run {count}x on this loop")
