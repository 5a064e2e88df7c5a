import asyncio

import aiohttp

from snippets.http_client import timeouts as example


def test_default_request_and_socket_timeouts(capsys, timed, lines_of):
    _, seconds = timed(example.main())
    assert lines_of(capsys.readouterr().out) == [
        "default total timeout: 300s",
        "this session's total timeout: 10s",
        "/delay/0.2 (total=10): HTTP 200",
        # The per-request limit cut the 5 s request short.
        "/delay/5 (total=0.5): TimeoutError after 0.5s",
        "  also an aiohttp.ClientError: False",
        "/delay/5 (sock_read=0.5): SocketTimeoutError after 0.5s",
        "  also an aiohttp.ClientError: True",
    ]
    # 0.2 + 0.5 + 0.5: neither /delay/5 ran its course.
    assert seconds < 2.0


def test_both_timeouts_are_timeout_errors():
    assert issubclass(aiohttp.SocketTimeoutError, TimeoutError)
    assert issubclass(aiohttp.SocketTimeoutError, aiohttp.ClientError)


def test_asyncio_timeout_error_is_the_builtin():
    assert asyncio.TimeoutError is TimeoutError  # Python 3.11+
