import asyncio

import aiohttp

from guide.testing import assert_printed
from snippets.concurrency import unbounded_gather as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "connection pool: 10 connections",
    "gather, no limit: 20 requests handed to aiohttp at once",
    "  ok: 10, timed out: 10, 1.3s",
    "Semaphore(10): 10 requests handed to aiohttp at once",
    # Two rounds of 0.7 s, plus HTTP overhead.
    "  ok: 20, timed out: 0, 1.4s",
]


async def run(limit: int | None) -> example.Tally:
    connector = aiohttp.TCPConnector(limit=example.POOL)
    async with aiohttp.ClientSession(connector=connector, timeout=example.TIMEOUT) as session:
        if limit is None:
            return await example.unbounded(session)
        return await example.limited(session, limit)


def test_reader_sees_timeouts_without_a_limit_and_none_with_one(reader_run):
    assert_printed(reader_run("concurrency.unbounded_gather"), EXPECTED)


def test_the_pool_holds_back_what_gather_started(httpbin_stats):
    httpbin_stats(reset=True)

    async def run_and_look_at_the_server() -> tuple[example.Tally, int]:
        running = asyncio.create_task(run(limit=None))
        await asyncio.sleep(example.DELAY / 2)  # the first requests are waiting
        in_flight = (await asyncio.to_thread(httpbin_stats))["now"]
        return await running, in_flight

    tally, on_the_server = asyncio.run(run_and_look_at_the_server())
    # Twenty requests started, but the server only got the pool's ten: the
    # other ten waited for a connection with their timeout running.
    assert tally.peak == 20
    assert on_the_server == 10
    assert (tally.ok, tally.timed_out) == (10, 10)


def test_with_a_semaphore_every_request_gets_its_full_timeout(httpbin_stats):
    httpbin_stats(reset=True)
    tally = asyncio.run(run(limit=10))
    assert tally.peak == 10
    assert httpbin_stats()["peak"] <= 10
    assert (tally.ok, tally.timed_out) == (20, 0)


def test_aiohttp_pools_100_connections_by_default():
    async def default_limit() -> int:
        connector = aiohttp.TCPConnector()
        try:
            return connector.limit
        finally:
            await connector.close()

    assert asyncio.run(default_limit()) == 100


def test_a_semaphore_larger_than_the_pool_brings_the_timeouts_back():
    tally = asyncio.run(run(limit=2 * example.POOL))
    assert tally.peak == 20
    assert (tally.ok, tally.timed_out) == (10, 10)
