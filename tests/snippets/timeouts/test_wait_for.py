import asyncio
import inspect
import sys

import pytest

from guide.testing import assert_printed, seconds_in, took
from snippets.timeouts import wait_for as example

WRAPS_IN_A_TASK = sys.version_info < (3, 12)
"""3.11's wait_for wraps a coroutine in a new task; 3.12 awaits it in the caller's."""

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE. By Python version, from 3.11 and
# from 3.12 on; {python} is the running version.
EXPECTED = {
    "3.11": [
        "Python {python}",
        # The first task this run creates after main's is Task-2.
        "query: runs in task 'Task-2'",
        "query: connection released",
        "main: got '3 rows' at 0.2s",
        "query: runs in task 'query'",
        # The cancelled query released its connection before wait_for
        # raised: wait_for waits for the cancellation to finish.
        "query: connection released",
        "main: TimeoutError at 0.5s",
        "main: task 'query' cancelled: True",
    ],
    "3.12": [
        "Python {python}",
        "query: runs in task 'main'",
        "query: connection released",
        "main: got '3 rows' at 0.2s",
        "query: runs in task 'query'",
        "query: connection released",
        "main: TimeoutError at 0.5s",
        "main: task 'query' cancelled: True",
    ],
}


def test_cleanup_runs_before_timeout_error(reader_run):
    lines = reader_run("timeouts.wait_for")
    assert_printed(lines, EXPECTED)
    assert took(seconds_in(lines[6]), 0.5)


def test_total_time_is_the_fast_query_plus_the_limit(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 0.7)


def test_wait_for_uses_asyncio_timeout_since_3_12():
    source = inspect.getsource(asyncio.wait_for)
    uses_timeout = "timeouts.timeout(" in source
    assert uses_timeout == (sys.version_info >= (3, 12))


def test_a_coroutine_is_wrapped_on_3_11_only_and_cancelled_on_every_version(capsys):
    """The page: 3.11 wraps the coroutine in a task, 3.12+ awaits it in the
    caller's task; either way a timeout cancels it and its cleanup runs."""
    tasks: dict[str, asyncio.Task | None] = {}

    async def coroutine() -> None:
        tasks["inside"] = asyncio.current_task()
        await example.query(5)

    async def main() -> None:
        tasks["caller"] = asyncio.current_task()
        await asyncio.wait_for(coroutine(), timeout=0.1)

    with pytest.raises(TimeoutError):
        asyncio.run(main())
    assert (tasks["inside"] is not tasks["caller"]) == WRAPS_IN_A_TASK
    assert capsys.readouterr().out.splitlines()[1:] == ["query: connection released"]
