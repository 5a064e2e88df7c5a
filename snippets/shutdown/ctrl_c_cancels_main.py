"""The first Ctrl-C under asyncio.run: the main task is cancelled, its
cleanup runs, then asyncio.run raises KeyboardInterrupt. The example
presses Ctrl-C itself: it sends SIGINT to its own process (Unix)."""

import asyncio
import os
import signal
import time

STARTED = time.monotonic()


def say(what: str) -> None:
    print(f"{time.monotonic() - STARTED:.1f}s  {what}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    # Ctrl-C in a terminal sends SIGINT to the program; so does this.
    loop.call_later(0.5, os.kill, os.getpid(), signal.SIGINT)
    task = asyncio.current_task()
    assert task is not None
    say("main: working")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        say(f"main: CancelledError, cancelling() = {task.cancelling()}")
        await asyncio.sleep(0.2)  # cleanup may still await
        say("main: cleaned up, re-raising")
        raise
    say("main: never printed")


if __name__ == "__main__":
    # Python turns SIGINT into KeyboardInterrupt only if the process that
    # started it did not ignore SIGINT; make sure it does here.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        say("asyncio.run raised KeyboardInterrupt")
