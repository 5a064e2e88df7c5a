from guide.testing import assert_printed
from snippets.http_client import error_results as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "ok    /get                   HTTP 200 OK",
    "error /status/404            HTTP 404 Not Found",
    "error /status/503            HTTP 503 Service Unavailable",
    "error /delay/5               timed out",
    "error http://127.0.0.1:1/get ClientConnectorError",
    "5 results, 4 errors, in 1.0s",
]


def test_every_url_gets_a_result(reader_run):
    assert_printed(reader_run("http_client.error_results"), EXPECTED)


def test_the_batch_takes_as_long_as_its_one_timeout(timed):
    _, seconds = timed(example.main())
    # All five at once: the batch took as long as its one timeout, not the sum.
    assert seconds < 1.5
