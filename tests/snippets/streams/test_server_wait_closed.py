import asyncio
import functools
import sys
import time

from guide.testing import TIMING_TOLERANCE, assert_printed, took
from snippets.streams import server_wait_closed as example

WAITS_FOR_CONNECTIONS = sys.version_info >= (3, 12)
"""3.11's Server.wait_closed() returns at once after close(); 3.12's waits for every
connection to close (CPython gh-79033)."""

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE. By Python version, from 3.11 and
# from 3.12 on; {python} is the running version.
EXPECTED = {
    "3.11": [
        "Python {python}",
        "server: serving: False",
        "server: handlers still running after wait_closed(): 1",
        "server: wait_closed() returned at 0.0s",
        "client: got b'BYE\\n', then hung up",
        "server: every handler has finished",
    ],
    "3.12": [
        "Python {python}",
        "server: serving: False",
        "server: handlers still running after wait_closed(): 0",
        # It waited for the client, who hung up after 0.5 s.
        "server: wait_closed() returned at 0.5s",
        "client: got b'BYE\\n', then hung up",
        "server: every handler has finished",
    ],
}


def test_wait_closed_waits_for_the_open_connection_from_3_12(reader_run):
    assert_printed(reader_run("streams.server_wait_closed"), EXPECTED)


def test_leaving_async_with_server_waits_the_same_way(timed):
    async def leave_with_a_connection_open() -> tuple[float, int]:
        running: set[asyncio.Task[None]] = set()
        handler = functools.partial(example.handle, running)
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        client = asyncio.create_task(example.hang_up_later(reader, writer))
        started = time.perf_counter()
        async with server:
            pass  # leaving: server.close(), then await server.wait_closed()
        left_after = time.perf_counter() - started
        still_running = len(running)
        await client
        await asyncio.gather(*running)
        return left_after, still_running

    (left_after, still_running), _ = timed(leave_with_a_connection_open())
    if WAITS_FOR_CONNECTIONS:
        assert took(left_after, 0.5)
        assert still_running == 0
    else:
        assert left_after < TIMING_TOLERANCE
        assert still_running == 1
