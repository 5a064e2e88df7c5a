from guide.testing import TIMING_TOLERANCE, assert_printed
from snippets.subprocesses import limited_children as example

EXPECTED = [
    "children said: 1 2 3 4 5 6",
    "at most 2 children running at once",
    "children 1 and 2 ran side by side: True",
]


def test_reader_sees_two_at_once_and_overlap(reader_run):
    assert_printed(reader_run("subprocesses.limited_children"), EXPECTED)


def test_two_slots_make_three_rounds(timed):
    (outputs, peak, spans), seconds = timed(example.run_all(count=6, at_once=2))
    assert outputs == [str(n) for n in range(1, 7)]
    assert peak == 2
    # At most two of the six spans cover any moment.
    moments = [start for start, _ in spans.values()]
    assert all(sum(start <= t < end for start, end in spans.values()) <= 2 for t in moments)
    # Three rounds of 0.5 s of work (plus each child's start-up).
    assert seconds >= 1.5


def test_the_semaphore_is_what_limits(timed):
    (_, peak, spans), seconds = timed(example.run_all(count=6, at_once=6))
    assert peak == 6
    # All six overlap: one round of 0.5 s plus start-ups, not three.
    assert all(example.overlapped(spans[1], spans[n]) for n in range(2, 7))
    assert seconds < 1.5 + TIMING_TOLERANCE
