from guide.testing import assert_printed, took
from snippets.why_async import sequential_vs_concurrent as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "sequential: 3 users in 3.0s",
    "concurrent: 3 users in 1.0s",
]


def test_sequential_waits_add_up(timed):
    users, seconds = timed(example.sequential())
    assert [user["id"] for user in users] == [1, 2, 3]
    assert took(seconds, 3.0)


def test_concurrent_waits_overlap(timed):
    users, seconds = timed(example.concurrent())
    # gather returns results in the order the awaitables were passed.
    assert [user["id"] for user in users] == [1, 2, 3]
    assert took(seconds, 1.0)


def test_prints_both_rounded_timings(reader_run):
    assert_printed(reader_run("why_async.sequential_vs_concurrent"), EXPECTED)
