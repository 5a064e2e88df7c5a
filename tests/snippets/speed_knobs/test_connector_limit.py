import asyncio

from guide.testing import assert_printed
from snippets.speed_knobs import connector_limit as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "limit=10: 30 requests in 0.6s, 10 connections opened",
    "limit=0: 30 requests in 0.2s, 30 connections opened",
]


def test_limit_ten_takes_three_rounds_on_ten_connections(reader_run):
    assert_printed(reader_run("speed_knobs.connector_limit"), EXPECTED)


def test_the_server_never_sees_more_than_the_limit(httpbin_stats, capsys):
    httpbin_stats(reset=True)
    asyncio.run(example.requests_with(10))
    assert httpbin_stats()["peak"] == 10
    httpbin_stats(reset=True)
    asyncio.run(example.requests_with(0))
    assert httpbin_stats()["peak"] == example.REQUESTS
    assert capsys.readouterr().out.count("requests in") == 2
