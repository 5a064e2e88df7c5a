import asyncio

import aiohttp

from guide.testing import assert_printed
from snippets.http_client import connector_limit as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "9 requests of 0.5s each, limit=3: 1.5s",
    "requests that waited for a free connection: 6",
]


def test_three_waves_and_six_requests_waited(reader_run):
    assert_printed(reader_run("http_client.connector_limit"), EXPECTED)


def test_at_most_three_in_flight(timed, httpbin_stats):
    httpbin_stats(reset=True)
    _, seconds = timed(example.main())
    # The server never saw more than three /delay requests at once.
    assert httpbin_stats()["peak"] == 3
    # Three waves of 0.5 s: about 1.5 s, not 0.5 s (all at once) nor 4.5 s (one by one).
    assert 1.4 <= seconds < 2.2


def test_without_the_limit_all_nine_run_at_once(timed, httpbin_stats):
    async def unlimited() -> None:
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            await asyncio.gather(*(example.fetch(session, i) for i in range(9)))

    httpbin_stats(reset=True)
    _, seconds = timed(unlimited())
    assert httpbin_stats()["peak"] == 9
    assert seconds < 1.0


def test_the_defaults_are_100_in_all_and_none_per_host():
    async def defaults() -> tuple[int, int]:
        connector = aiohttp.TCPConnector()
        try:
            return connector.limit, connector.limit_per_host
        finally:
            await connector.close()

    assert asyncio.run(defaults()) == (100, 0)  # 0: no per-host limit
