from guide.testing import assert_printed, seconds_in, took
from snippets.timeouts import timeout_block as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "deadline in 1.0s",
    "step 1: done at 0.4s",
    "step 2: done at 0.8s",
    # Each step takes less than the limit, but the block does not.
    "step 3: cancelled at 1.0s",
    "TimeoutError at 1.0s, expired: True",
]


def test_one_deadline_covers_every_step(reader_run):
    lines = reader_run("timeouts.timeout_block")
    assert_printed(lines, EXPECTED)
    assert "all steps done" not in lines
    assert lines[0] == "deadline in 1.0s"
    assert took(seconds_in(lines[-1]), 1.0)


def test_the_block_stops_at_the_deadline(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)
