import asyncio

import aiohttp
import pytest

from guide.testing import assert_printed, took
from snippets.http_client import retry_backoff as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "GET /delay/0.6",
    "  attempt 1: no answer within 0.25s, retrying in 0.1s",
    "  attempt 2: no answer within 0.5s, retrying in 0.2s",
    "  attempt 3: HTTP 200 after 0.6s",
    "  succeeded, the body is a dict",
    "GET /status/503",
    "  attempt 1: HTTP 503, retrying in 0.1s",
    "  attempt 2: HTTP 503, retrying in 0.2s",
    "  attempt 3: HTTP 503, retrying in 0.4s",
    "  attempt 4: HTTP 503, giving up",
    "  failed: HTTP 503 after 4 attempts",
    "GET /status/404",
    "  attempt 1: HTTP 404, not retried",
    "  failed: HTTP 404",
]


def test_attempts_and_backoff(reader_run):
    assert_printed(reader_run("http_client.retry_backoff"), EXPECTED)


def test_the_backoff_waits_add_up(timed):
    _, seconds = timed(example.main())
    # Timeouts 0.25 + 0.5, the answer 0.6, backoff 0.1 + 0.2 and 0.1 + 0.2 + 0.4.
    assert seconds > 2.3


def test_backoff_waits_really_double(capsys, timed):
    async def three_attempts() -> None:
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            with pytest.raises(example.GaveUp, match="after 3 attempts"):
                await example.get_json(session, "/status/500", attempts=3, first_backoff=0.2)

    _, seconds = timed(three_attempts())
    # Waits of 0.2 s and 0.4 s between three quick 500s; none after the last.
    assert took(seconds, 0.6)
    assert "retrying in 0.4s" in capsys.readouterr().out


@pytest.mark.parametrize(("status", "retried"), [(429, True), (500, True), (400, False)])
def test_429_is_retried_other_4xx_are_not(status, retried, capsys):
    async def two_attempts() -> None:
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            with pytest.raises(example.GaveUp):
                await example.get_json(session, f"/status/{status}", attempts=2)

    asyncio.run(two_attempts())
    assert ("retrying in 0.1s" in capsys.readouterr().out) is retried
