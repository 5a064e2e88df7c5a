import asyncio
import gc
import logging
import re
from pathlib import Path

from snippets.debugging import exception_never_retrieved as example

FUTURE = re.compile(
    r"ERROR:asyncio: future: <Task finished name='send-email' "
    r"coro=<send_email\(\) done, defined at "
    r"snippets/debugging/exception_never_retrieved\.py:\d+> "
    r"exception=ConnectionError\('SMTP server refused the connection'\)"
    r"(?: created at .+)?>"
)


def line_of(start: str) -> int:
    """The number of the example's line that starts with ``start``."""
    source = Path(example.__file__).read_text("utf-8").splitlines()
    (number,) = [n for n, line in enumerate(source, 1) if line.startswith(start)]
    return number


def test_debug_mode_logs_where_the_task_was_created(reader_run):
    lines = reader_run("debugging.exception_never_retrieved")
    assert lines[:2] == [
        "main: dropping the failed task without looking at it",
        "ERROR:asyncio: Task exception was never retrieved",
    ]
    assert FUTURE.fullmatch(lines[2]), lines[2]
    where = "snippets/debugging/exception_never_retrieved.py"
    run_line = line_of("    asyncio.run(main())")
    create_line = line_of("        task = asyncio.create_task(")
    assert lines[3:] == [
        "ERROR:asyncio: source_traceback: Object created at (most recent call last):",
        f'ERROR:asyncio:   File "{where}", line {run_line}, in <module>',
        "ERROR:asyncio:     asyncio.run(main())",
        f'ERROR:asyncio:   File "{where}", line {create_line}, in main',
        'ERROR:asyncio:     task = asyncio.create_task(send_email(), name="send-email")',
        "  exception: ConnectionError: SMTP server refused the connection",
    ]


def logged_after_forgetting_a_failed_task(debug: bool) -> str:
    logged: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            logged.append(record.getMessage())

    async def forget_a_failed_task() -> None:
        asyncio.get_running_loop().set_debug(debug)
        task = asyncio.create_task(example.send_email())
        await asyncio.sleep(0.2)
        del task
        gc.collect()

    handler = Keep(logging.ERROR)  # not a slow-step warning on a busy machine
    logging.getLogger("asyncio").addHandler(handler)
    try:
        asyncio.run(forget_a_failed_task())
    finally:
        logging.getLogger("asyncio").removeHandler(handler)
    (message,) = logged
    return message


def test_only_debug_mode_says_where_the_task_was_created():
    assert "source_traceback" not in logged_after_forgetting_a_failed_task(False)
    with_debug = logged_after_forgetting_a_failed_task(True)
    assert "source_traceback: Object created at" in with_debug
    assert "asyncio.create_task(example.send_email())" in with_debug
