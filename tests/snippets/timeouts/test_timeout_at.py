from guide.testing import TIMING, seconds_in, took
from snippets.timeouts import timeout_at as example


def test_the_second_step_gets_what_is_left(reader_run):
    lines = reader_run("timeouts.timeout_at")
    assert [TIMING.sub("T", line) for line in lines] == [
        "connected at T",
        "reading: T of the budget left",
        "TimeoutError at T",
    ]
    assert "read the reply" not in lines
    left = seconds_in(lines[1])
    assert 0 < left < 0.6  # less than the read needs
    assert took(seconds_in(lines[-1]), 1.0)


def test_the_whole_job_stops_at_the_shared_deadline(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)
