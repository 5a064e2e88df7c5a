import asyncio
import inspect
import sys

import pytest

from guide.testing import TIMING, seconds_in
from snippets.timeouts import wait_for as example


def test_cleanup_runs_before_timeout_error(reader_run):
    lines = reader_run("timeouts.wait_for")
    assert [TIMING.sub("T", line) for line in lines] == [
        "query: connection released",
        "main: got '3 rows' at T",
        # The cancelled query released its connection before wait_for
        # raised: wait_for waits for the cancellation to finish.
        "query: connection released",
        "main: TimeoutError at T",
        "main: task 'query' cancelled: True",
    ]
    assert 0.5 <= seconds_in(lines[3]) < 0.8


def test_total_time_is_the_fast_query_plus_the_limit(timed):
    _, seconds = timed(example.main())
    assert 0.7 <= seconds < 1.0


def test_wait_for_uses_asyncio_timeout_since_3_12():
    source = inspect.getsource(asyncio.wait_for)
    uses_timeout = "timeouts.timeout(" in source
    assert uses_timeout == (sys.version_info >= (3, 12))


def test_a_coroutine_is_wrapped_and_cancelled_too(capsys):
    async def main() -> None:
        await asyncio.wait_for(example.query(5), timeout=0.1)

    with pytest.raises(TimeoutError):
        asyncio.run(main())
    assert capsys.readouterr().out == "query: connection released\n"
