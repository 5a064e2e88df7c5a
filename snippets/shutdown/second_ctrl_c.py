"""A second Ctrl-C does not wait for the cleanup the first one started:
asyncio.run raises KeyboardInterrupt at once and cancels the main task
again, in the middle of its cleanup (Unix: the example sends itself
SIGINT twice)."""

import asyncio
import os
import signal
import time

STARTED = time.monotonic()


def say(what: str) -> None:
    print(f"{time.monotonic() - STARTED:.1f}s  {what}")


def press_ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, press_ctrl_c)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        say("main: first Ctrl-C; a cleanup of 1.0s starts")
        loop.call_later(0.3, press_ctrl_c)  # an impatient user
        try:
            await asyncio.sleep(1.0)
            say("main: cleanup finished")
        except asyncio.CancelledError:
            say("main: cleanup cancelled")
            raise
        raise


if __name__ == "__main__":
    # Python turns SIGINT into KeyboardInterrupt only if the process that
    # started it did not ignore SIGINT; make sure it does here.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        say("asyncio.run raised KeyboardInterrupt")
