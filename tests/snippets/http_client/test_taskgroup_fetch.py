from guide.testing import assert_printed
from snippets.http_client import taskgroup_fetch as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "three 1-second requests:",
    "  all done after 1.0s: [200, 200, 200]",
    "  get /delay/1 #0: returned 200",
    "  get /delay/1 #1: returned 200",
    "  get /delay/1 #2: returned 200",
    "the same, plus one that fails:",
    # The 500 arrives at once; the group does not wait for the 1 s requests.
    "  the group raised after 0.0s: HTTP [500]",
    "  get /delay/1 #0: cancelled",
    "  get /delay/1 #1: cancelled",
    "  get /delay/1 #2: cancelled",
    "  get /status/500 #3: raised ClientResponseError",
]


def test_results_then_a_failure_cancels_the_rest(reader_run):
    assert_printed(reader_run("http_client.taskgroup_fetch"), EXPECTED)


def test_the_failing_group_does_not_wait_for_the_slow_requests(timed):
    _, seconds = timed(example.main())
    # One second for the first group, next to nothing for the second.
    assert seconds < 1.6
