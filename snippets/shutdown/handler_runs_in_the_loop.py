"""Where a signal handler runs (Unix: the example signals itself). A
handler set with signal.signal interrupts whatever Python code is
running; a callback set with loop.add_signal_handler runs in the event
loop, between two steps, like call_soon: there it may touch asyncio
objects (set an Event, cancel a task)."""

import asyncio
import os
import signal
import threading
import time

STARTED = time.monotonic()


def say(what: str) -> None:
    print(f"{time.monotonic() - STARTED:.1f}s  {what}")


def sigterm_at(seconds: float) -> threading.Timer:
    """SIGTERM to this process in ``seconds``, sent from another thread."""
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGTERM))
    timer.start()
    return timer


def blocking_step() -> None:
    say("step: 0.4s of work with no await (SIGTERM comes at 0.1s)")
    time.sleep(0.4)
    say("step: done")


async def main() -> None:
    loop = asyncio.get_running_loop()
    handled = asyncio.Event()

    def on_sigterm() -> None:
        say("add_signal_handler callback: runs now")
        handled.set()  # safe: this runs in the loop's thread, in order

    loop.add_signal_handler(signal.SIGTERM, on_sigterm)
    timer = sigterm_at(0.1)
    blocking_step()
    async with asyncio.timeout(2):
        await handled.wait()
    loop.remove_signal_handler(signal.SIGTERM)  # back to the default
    timer.join()

    def interrupt(signum: int, frame: object) -> None:
        say("signal.signal handler: runs now, inside the step")

    signal.signal(signal.SIGTERM, interrupt)
    try:
        timer = sigterm_at(0.1)
        blocking_step()
        timer.join()
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


if __name__ == "__main__":
    asyncio.run(main())
