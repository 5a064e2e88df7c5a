from guide.testing import assert_printed, late_by_at_most, timeline
from snippets.streams import read_timeout as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.4s  talker: got 'OK line 1'",
    "0.8s  talker: got 'OK line 2'",
    "1.0s  server: silent for 1.0s, dropping it",
    "1.0s  silent: readline() returned b'': the server hung up",
    "1.2s  talker: got 'OK line 3'",
]


def test_the_silent_client_is_dropped_and_the_talker_is_not(reader_run):
    lines = reader_run("streams.read_timeout")
    assert_printed(lines, EXPECTED)
    events = timeline(lines)
    dropped = [s for s, label in events if label.startswith("server: silent")]
    # Dropped once, IDLE_LIMIT after it connected, never earlier.
    assert late_by_at_most(dropped, [example.IDLE_LIMIT])
    # The talker stayed connected past IDLE_LIMIT and got all three
    # answers: the limit is on the silence before each line.
    talker = [s for s, label in events if label.startswith("talker")]
    assert len(talker) == 3
    assert talker[-1] > example.IDLE_LIMIT
    # The silent client saw the end of the stream right after the drop.
    assert [label for _, label in events].index(
        "silent: readline() returned b'': the server hung up"
    ) == [label for _, label in events].index("server: silent for 1.0s, dropping it") + 1
