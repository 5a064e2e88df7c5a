import re

FUTURE = re.compile(
    r"ERROR:asyncio: future: <Task finished name='send-email' "
    r"coro=<send_email\(\) done, defined at "
    r"snippets/debugging/exception_never_retrieved\.py:\d+> "
    r"exception=ConnectionError\('SMTP server refused the connection'\) "
    r"created at .+>"
)


def test_debug_mode_logs_where_the_task_was_created(reader_run):
    lines = reader_run("debugging.exception_never_retrieved")
    assert lines[:2] == [
        "main: dropping the failed task without looking at it",
        "ERROR:asyncio: Task exception was never retrieved",
    ]
    assert FUTURE.fullmatch(lines[2]), lines[2]
    where = "snippets/debugging/exception_never_retrieved.py"
    assert lines[3:] == [
        "ERROR:asyncio: source_traceback: Object created at "
        "(most recent call last):",
        f'ERROR:asyncio:   File "{where}", line 49, in <module>',
        "ERROR:asyncio:     asyncio.run(main())",
        f'ERROR:asyncio:   File "{where}", line 39, in main',
        'ERROR:asyncio:     task = asyncio.create_task(send_email(), '
        'name="send-email")',
        "  exception: ConnectionError: SMTP server refused the connection",
    ]
