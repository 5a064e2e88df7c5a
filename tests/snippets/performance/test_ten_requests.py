import asyncio
import time

from guide.testing import figures
from snippets.performance import ten_requests as example


def test_ten_waits_in_a_row_against_one_wait(reader_run):
    lines = reader_run("performance.ten_requests")
    assert lines[0] == "10 requests, the server waits 0.5s before each answer"
    found = figures(lines)
    assert list(found) == ["sync_s", "async_s", "speedup"]
    # Sync: the ten waits add up (plus a little per request).
    assert 5.0 <= found["sync_s"] < 6.5
    # Async: about one wait, however many requests.
    assert 0.5 <= found["async_s"] < 1.0
    # Several times faster; never more than about the number of requests.
    assert 5 <= found["speedup"] <= 11
    ratio = found["sync_s"] / found["async_s"]
    assert abs(found["speedup"] - ratio) < 0.3  # the printed figures agree


def test_requests_sends_them_one_at_a_time(httpbin_stats):
    httpbin_stats(reset=True)
    seconds = example.fetch_all_sync(3, 0.2)
    assert httpbin_stats()["peak"] == 1  # never two in flight
    assert seconds >= 0.6


def test_aiohttp_has_all_ten_in_flight_together(httpbin_stats):
    httpbin_stats(reset=True)
    started = time.perf_counter()
    seconds = asyncio.run(example.fetch_all_async(10, 0.5))
    assert time.perf_counter() - started >= seconds
    assert httpbin_stats()["peak"] == 10
    assert 0.5 <= seconds < 0.9
