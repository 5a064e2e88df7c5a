"""A task fails and nobody awaits it: asyncio only logs the error, when the
task is garbage-collected."""

import asyncio
import gc
import logging


class ShortTraceback(logging.Formatter):
    """Print one line where the log record's full traceback would go."""

    def formatException(self, ei) -> str:  # ei: (type, exception, tb)
        error_type, error, _ = ei
        return f"[traceback omitted] {error_type.__name__}: {error}"


async def send_email() -> None:
    await asyncio.sleep(0.1)
    raise ConnectionError("SMTP server refused the connection")


async def main() -> None:
    # asyncio's default exception handler logs to the "asyncio" logger;
    # this only shortens the traceback it logs so the page stays readable.
    handler = logging.StreamHandler()  # stderr
    handler.setFormatter(ShortTraceback("%(levelname)s:%(name)s:%(message)s"))
    logging.getLogger("asyncio").addHandler(handler)

    task = asyncio.create_task(send_email(), name="send-email")
    await asyncio.sleep(0.2)  # the task fails meanwhile; nothing is raised
    print(f"main: task done={task.done()}, main carries on")
    print("main: dropping the last reference to the task")
    del task
    gc.collect()  # in case a reference cycle still holds the task
    # Destroying the failed task is what made asyncio log the error.
    print("main: finished normally")


if __name__ == "__main__":
    asyncio.run(main())
