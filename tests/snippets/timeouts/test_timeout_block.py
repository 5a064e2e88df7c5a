from guide.testing import TIMING, seconds_in, took
from snippets.timeouts import timeout_block as example


def test_one_deadline_covers_every_step(reader_run):
    lines = reader_run("timeouts.timeout_block")
    assert [TIMING.sub("T", line) for line in lines] == [
        "deadline in T",
        "step 1: done at T",
        "step 2: done at T",
        # Each step takes less than the limit, but the block does not.
        "step 3: cancelled at T",
        "TimeoutError at T, expired: True",
    ]
    assert "all steps done" not in lines
    assert lines[0] == "deadline in 1.0s"
    assert took(seconds_in(lines[-1]), 1.0)


def test_the_block_stops_at_the_deadline(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)
