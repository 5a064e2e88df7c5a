import asyncio

import aiohttp

from guide.testing import assert_printed
from snippets.http_client import timeouts as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "default total timeout: 300s",
    "this session's total timeout: 10s",
    "/delay/0.2 (total=10): HTTP 200",
    # The per-request limit cut the 5 s request short.
    "/delay/5 (total=0.5): TimeoutError after 0.5s",
    "  also an aiohttp.ClientError: False",
    "/delay/5 (sock_read=0.5): SocketTimeoutError after 0.5s",
    "  also an aiohttp.ClientError: True",
]


def test_default_request_and_socket_timeouts(reader_run):
    assert_printed(reader_run("http_client.timeouts"), EXPECTED)


def test_neither_5_second_request_runs_its_course(timed):
    _, seconds = timed(example.main())
    # 0.2 + 0.5 + 0.5: neither /delay/5 ran its course.
    assert seconds < 2.0


def test_both_timeouts_are_timeout_errors():
    assert issubclass(aiohttp.SocketTimeoutError, TimeoutError)
    assert issubclass(aiohttp.SocketTimeoutError, aiohttp.ClientError)


def test_asyncio_timeout_error_is_the_builtin():
    assert asyncio.TimeoutError is TimeoutError  # Python 3.11+
