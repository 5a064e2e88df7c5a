"""Task exception was never retrieved: in debug mode the log also says
where the forgotten task was created."""

import asyncio
import gc
import logging


class PrintLogged(logging.Handler):
    """Print what asyncio logs, keeping only the frames of this file."""

    def emit(self, record: logging.LogRecord) -> None:
        in_other_frame = False
        for line in record.getMessage().splitlines():
            # Frames inside asyncio depend on the Python install: dropped.
            if line.startswith("  File "):
                in_other_frame = __file__ not in line
            elif not line.startswith("    "):  # not a frame's code line
                in_other_frame = False
            if not in_other_frame:
                print(f"{record.levelname}:{record.name}: {line}")
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]  # its traceback is left out
            print(f"  exception: {type(error).__name__}: {error}")


async def send_email() -> None:
    await asyncio.sleep(0.1)
    raise ConnectionError("SMTP server refused the connection")


async def main() -> None:
    logger = logging.getLogger("asyncio")
    # Errors only: on a busy machine debug mode may also warn of a slow step.
    handler = PrintLogged(logging.ERROR)
    logger.addHandler(handler)
    asyncio.get_running_loop().set_debug(True)
    try:
        task = asyncio.create_task(send_email(), name="send-email")
        await asyncio.sleep(0.2)  # the task fails meanwhile
        print("main: dropping the failed task without looking at it")
        del task
        gc.collect()  # in case a reference cycle still holds the task
    finally:
        logger.removeHandler(handler)


if __name__ == "__main__":
    asyncio.run(main())
