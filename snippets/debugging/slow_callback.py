"""Debug mode names a step that held the event loop longer than
slow_callback_duration: here a task that calls the blocking time.sleep()."""

import asyncio
import logging
import re
import time


class PrintLogged(logging.Handler):
    """Print what asyncio logs, on stdout, in order with the rest."""

    def emit(self, record: logging.LogRecord) -> None:
        # Only the measured duration is rounded, so the page is stable.
        message = re.sub(
            r"took (\d+\.\d+) seconds",
            lambda took: f"took {float(took[1]):.1f} seconds",
            record.getMessage(),
        )
        print(f"{record.levelname}:{record.name}: {message}")


async def resize_images() -> None:
    # Blocking: no other task or callback runs meanwhile.
    time.sleep(0.5)  # noqa: ASYNC251 (the mistake this example shows)


async def resize_images_politely() -> None:
    await asyncio.sleep(0.5)  # suspends: the loop runs others meanwhile


async def main() -> None:
    logger = logging.getLogger("asyncio")
    handler = PrintLogged()
    logger.addHandler(handler)
    loop = asyncio.get_running_loop()
    loop.set_debug(True)  # as asyncio.run(main(), debug=True) would
    loop.slow_callback_duration = 0.25  # report steps over 0.25 s
    try:
        for job in (resize_images, resize_images_politely):
            print(f"running {job.__name__}()")
            await asyncio.create_task(job(), name=job.__name__)
    finally:
        logger.removeHandler(handler)


if __name__ == "__main__":
    asyncio.run(main())
