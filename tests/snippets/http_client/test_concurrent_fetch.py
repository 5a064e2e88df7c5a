import re

from guide.testing import assert_printed
from snippets.http_client import concurrent_fetch as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "10 responses in 1.0s",
    "results in the order asked: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
]


def test_ten_requests_overlap_on_the_server(capsys, timed, httpbin_stats):
    httpbin_stats(reset=True)
    _, seconds = timed(example.main())
    # The server saw all ten /delay/1 requests in flight at the same moment.
    assert httpbin_stats()["peak"] == 10
    # About one second in all, not ten (there is HTTP overhead on top of the sleep).
    assert round(seconds) == 1
    first, second = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"10 responses in 1\.\ds", first)
    assert second == "results in the order asked: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"


def test_prints_what_the_page_shows(reader_run):
    assert_printed(reader_run("http_client.concurrent_fetch"), EXPECTED)
