from guide.testing import late_by_at_most, timeline, took
from snippets.event_loop import interleaving as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.0s  A step 1: suspends at await",
    # A is suspended, so the loop runs B before A finishes its first step.
    "0.0s  B step 1: suspends at await",
    "0.5s  A step 1: resumed",
    "0.5s  A step 2: suspends at await",
    "0.7s  B step 1: resumed",
    "0.7s  B step 2: suspends at await",
    "1.0s  A step 2: resumed",
    "1.4s  B step 2: resumed",
]


def test_the_two_workers_interleave(reader_run):
    found, expected = timeline(reader_run("event_loop.interleaving")), timeline(EXPECTED)
    assert [label for _, label in found] == [label for _, label in expected]
    expected = [seconds for seconds, _ in expected]  # [0.0, 0.0, 0.5, 0.5, 0.7, 0.7, 1.0, 1.4]
    # Serial steps would end at 2.4 s; the allowed lateness is far short of that.
    assert late_by_at_most([seconds for seconds, _ in found], expected), found


def test_total_is_the_longer_worker_not_the_sum(timed):
    _, seconds = timed(example.main())
    # A needs 1.0 s and B 1.4 s: they overlap, so 1.4 s and not 2.4 s.
    assert took(seconds, 1.4)
