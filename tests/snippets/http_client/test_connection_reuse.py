import asyncio
import gc
import warnings
from collections import Counter

import aiohttp
import pytest

from guide.testing import assert_printed
from snippets.http_client import connection_reuse as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "one session, 5 requests in a row: 1 new, 4 reused",
    # Concurrent requests each need a connection; the second round reuses them.
    "one session, 2 rounds of 5 at once: 5 new, 5 reused",
    "a new session per request, 5 requests: 5 new, 0 reused",
]


def test_one_session_reuses_a_session_per_request_does_not(reader_run):
    assert_printed(reader_run("http_client.connection_reuse"), EXPECTED)


def test_an_unread_body_keeps_the_connection_from_the_pool():
    """Why fetch reads the body: a response left unread cannot give its connection back."""

    async def two_requests() -> Counter[str]:
        counts: Counter[str] = Counter()
        async with aiohttp.ClientSession(
            timeout=example.TIMEOUT, trace_configs=[example.connection_tracer(counts)]
        ) as session:
            # 1 MB: more than aiohttp reads ahead without being asked.
            response = await session.get(f"{example.BASE_URL}/bytes/1000000")
            await example.fetch(session, "/get")
            response.release()
        return counts

    assert asyncio.run(two_requests()) == Counter(new=2)


def test_a_global_session_outlives_its_loop(local_services):
    """The tutorial's HttpClient: a module-level session made by get_session()."""
    holder: dict[str, aiohttp.ClientSession] = {}

    async def get_session() -> aiohttp.ClientSession:
        if "session" not in holder:
            holder["session"] = aiohttp.ClientSession(timeout=example.TIMEOUT)
        return holder["session"]

    async def get_status() -> int:
        session = await get_session()
        async with session.get(f"{local_services['HTTPBIN_URL']}/get") as response:
            return response.status

    assert asyncio.run(get_status()) == 200
    # A second asyncio.run (a second test, say) gets the session of a closed loop.
    with pytest.raises(RuntimeError, match="Event loop is closed"):
        asyncio.run(get_status())

    # Nobody closed it: aiohttp warns when the session is collected (and so do
    # its connector and the connection's transport).
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        holder.clear()
        gc.collect()
    messages = [str(warning.message) for warning in caught]
    assert any(message.startswith("Unclosed client session") for message in messages)
