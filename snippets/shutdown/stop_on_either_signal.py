"""One way to stop for Ctrl-C and for SIGTERM: a loop signal handler for
both that sets an Event (Unix only). A handler of your own for SIGINT
replaces the one asyncio.run installs, so Ctrl-C no longer cancels the
main task: main sees no CancelledError, it simply wakes up."""

import asyncio
import os
import signal
import time

STARTED = time.monotonic()
CTRL_C_AFTER = 0.3  # seconds: when the demo presses Ctrl-C itself


def say(what: str) -> None:
    print(f"{time.monotonic() - STARTED:.1f}s  {what}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    received: list[str] = []

    def on_signal(signum: signal.Signals) -> None:
        received.append(signum.name)
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal, signum)
    task = asyncio.current_task()
    assert task is not None
    try:
        loop.call_later(CTRL_C_AFTER, os.kill, os.getpid(), signal.SIGINT)
        say("main: serving until SIGINT or SIGTERM")
        await stop.wait()
        say(
            f"main: woke up for {received[0]}, "
            f"cancelling() = {task.cancelling()}"
        )
        await asyncio.sleep(0.2)  # stands in for a graceful shutdown
        say("main: shut down, returning normally")
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)


if __name__ == "__main__":
    asyncio.run(main())
    say("asyncio.run returned: exit code 0")
