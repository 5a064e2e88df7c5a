from guide.testing import assert_printed, seconds_in, took
from snippets.timeouts import timeout_at as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "connected at 0.6s",
    "reading: 0.2s of the budget left",
    "TimeoutError at 1.0s",
]


def test_the_second_step_gets_what_is_left(reader_run):
    lines = reader_run("timeouts.timeout_at")
    assert_printed(lines, EXPECTED)
    assert "read the reply" not in lines
    left = seconds_in(lines[1])
    assert 0 < left < 0.6  # less than the read needs
    assert took(seconds_in(lines[-1]), 1.0)


def test_the_whole_job_stops_at_the_shared_deadline(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)
