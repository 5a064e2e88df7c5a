import sys

from guide.testing import assert_printed, took
from snippets.event_loop import io_readiness as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "I/O selector here: EpollSelector",
    "0.0s  main: awaits the data",
    "0.5s  reader callback: b'ping'",
    "0.5s  main: got b'ping'",
    "CPU time used while waiting: 0.0s",
]


def test_callback_fires_when_data_arrives(reader_run):
    assert_printed(reader_run("event_loop.io_readiness"), EXPECTED)


def test_selector_is_the_platforms(reader_run):
    first = reader_run("event_loop.io_readiness")[0]
    if sys.platform == "linux":
        assert first == "I/O selector here: EpollSelector"
    elif sys.platform == "darwin":
        assert first == "I/O selector here: KqueueSelector"
    else:
        assert first.startswith("I/O selector here: ")


def test_waiting_in_the_selector_uses_no_cpu(capsys, timed):
    _, seconds = timed(example.main())
    assert took(seconds, 0.5)
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "CPU time used while waiting: 0.0s"
