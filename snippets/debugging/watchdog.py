"""A watchdog thread that notices when the event loop stops responding and
names the task that blocks it, with the line it is stuck on."""

import asyncio
import sys
import threading
import time
import traceback

BEAT = 0.05  # seconds between heartbeats of the loop
STUCK_AFTER = 0.5  # seconds without a heartbeat: the loop is blocked


class Watchdog:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.loop_thread = threading.get_ident()  # created in the loop
        self.last_beat = time.monotonic()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)

    async def heartbeat(self) -> None:
        while True:
            self.last_beat = time.monotonic()
            await asyncio.sleep(BEAT)

    def watch(self) -> None:
        reported = False
        while not self.stopped.wait(BEAT):
            blocked = time.monotonic() - self.last_beat > STUCK_AFTER
            if blocked and not reported:
                self.report()
            reported = blocked

    def report(self) -> None:
        task = asyncio.current_task(self.loop)
        name = task.get_name() if task else "no task (a callback)"
        frame = sys._current_frames()[self.loop_thread]
        stuck = traceback.extract_stack(frame)[-1]
        print(f"watchdog: loop blocked over {STUCK_AFTER}s by task {name!r}")
        print(f"watchdog:   in {stuck.name}(), line {stuck.lineno}:")
        print(f"watchdog:   {stuck.line}")


def parse_report() -> int:
    time.sleep(1.0)  # stands in for CPU-heavy work
    return 42


async def handle_upload() -> None:
    pages = parse_report()  # the mistake: blocks the whole loop
    print(f"handle_upload: parsed {pages} pages")


async def main() -> None:
    watchdog = Watchdog(asyncio.get_running_loop())
    beats = asyncio.create_task(watchdog.heartbeat(), name="heartbeat")
    watchdog.thread.start()
    try:
        await asyncio.sleep(0.2)  # nothing blocks: the watchdog is quiet
        print("main: starting the upload")
        await asyncio.create_task(handle_upload(), name="upload #17")
        await asyncio.sleep(0.2)
    finally:
        watchdog.stopped.set()
        watchdog.thread.join(timeout=5)
        beats.cancel()
    print("main: done")


if __name__ == "__main__":
    asyncio.run(main())
