from guide.testing import TIMING_TOLERANCE, assert_printed, timeline
from snippets.streams import many_clients as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.5s  client 1: 'hello, client 1'",
    "0.5s  client 2: 'hello, client 2'",
    "0.5s  client 3: 'hello, client 3'",
    "0.5s  client 4: 'hello, client 4'",
    "0.5s  client 5: 'hello, client 5'",
    "connections served at once: 5",
    "5 clients in 0.5s; one at a time would take 2.5s",
]


def test_five_clients_are_answered_together(reader_run):
    lines = reader_run("streams.many_clients")
    assert_printed(lines, EXPECTED)
    # Every answer came after one WORK_SECONDS, none after two: they overlapped.
    assert all(seconds < 2 * example.WORK_SECONDS for seconds, _ in timeline(lines))


def test_ten_clients_take_one_round_not_ten(timed):
    (lines, peak, seconds), _ = timed(example.serve_clients(10))
    # Counted on the server side: ten handlers ran at the same time.
    assert peak == 10
    assert len(lines) == 10
    assert seconds <= example.WORK_SECONDS + TIMING_TOLERANCE
