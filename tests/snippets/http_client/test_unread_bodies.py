import asyncio

import aiohttp
import pytest

from guide.testing import assert_printed
from snippets.http_client import unread_bodies as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    # Small bodies: aiohttp read each one to the end by itself, freeing the connection.
    "tutorial way, 4 x 1,000 bytes: 4 bodies read",
    # Large ones: the first two responses keep both connections; it only ends at 1 s.
    "tutorial way, 4 x 1,000,000 bytes: stuck for 1.0s",
    "  2 responses hold both connections, unread",
    "  2 requests still wait for a connection",
    # Well under the 1 s the tutorial way was stuck for (it printed 0.0s or 0.1s).
    "async with, 4 x 1,000,000 bytes: 4 bodies read, no stall",
]


def test_tutorial_stalls_on_large_bodies_async_with_does_not(reader_run):
    assert_printed(reader_run("http_client.unread_bodies"), EXPECTED)


def test_the_stall_is_the_one_second_timeout(timed):
    _, seconds = timed(example.main())
    # The stall is the 1 s timeout; the rest is quick.
    assert seconds < 2.5


def test_httpbin_orgs_largest_bytes_do_not_stall(capsys):
    # httpbin.org caps /bytes at 100 KB: small enough for aiohttp to read ahead.
    asyncio.run(example.tutorial_way(100 * 1024))
    assert capsys.readouterr().out == "tutorial way, 4 x 102,400 bytes: 4 bodies read\n"


def test_without_a_deadline_only_the_sessions_total_timeout_ends_it(timed):
    async def tutorial_pattern() -> None:
        urls = [f"{example.BASE_URL}/bytes/{example.LARGE}"] * 4
        connector = aiohttp.TCPConnector(limit=2)
        timeout = aiohttp.ClientTimeout(total=1)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            tasks = [asyncio.create_task(session.get(url)) for url in urls]
            try:
                with pytest.raises(TimeoutError):
                    await asyncio.gather(*tasks)
            finally:
                # gather does not cancel the others: wait for them, release what came back.
                await asyncio.wait(tasks)
                for task in tasks:
                    if not task.cancelled() and task.exception() is None:
                        task.result().release()

    _, seconds = timed(tutorial_pattern())
    assert round(seconds) == 1  # the session's total, not a bug fix
