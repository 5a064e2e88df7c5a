import asyncio

import pytest

from guide.testing import figures, printed_in_process
from snippets.performance import many_requests as example

NAMES = [
    "sync_100_s",
    "async_100_s",
    "speedup_100",
    "sync_1000_s",
    "async_1000_s",
    "speedup_1000",
]


@pytest.fixture(scope="module")
def build_run(local_services) -> list[str]:
    """What the example prints run as the build runs it."""
    return printed_in_process(example.main)


def test_async_is_faster_but_far_from_n_times(build_run):
    assert build_run[0] == "the server waits 1 ms before each answer"
    found = figures(build_run)
    assert list(found) == NAMES
    for n in example.SIZES:
        # One after another, the waits alone add up to n milliseconds.
        assert found[f"sync_{n}_s"] >= n * example.DELAY
        # Several times faster ...
        assert found[f"speedup_{n}"] >= 2
        # ... but far from n times: each request also costs work.
        assert found[f"speedup_{n}"] < n / 5


def test_the_default_connector_opens_at_most_100_connections(httpbin_stats):
    httpbin_stats(reset=True)
    seconds = asyncio.run(example.fetch_all_async(150, 0.5))
    assert httpbin_stats()["peak"] == 100
    # Two rounds of 0.5 s: the last 50 waited for a free connection.
    assert 1.0 <= seconds < 1.5


def test_debug_mode_makes_the_speedup_smaller(reader_run, build_run):
    """The page: the tests run the examples in debug mode, where the speedup
    for 1000 requests is clearly smaller than in the build's plain run."""
    debug = figures(reader_run("performance.many_requests"))
    plain = figures(build_run)
    assert debug["speedup_1000"] < plain["speedup_1000"]
