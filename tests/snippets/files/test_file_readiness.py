import selectors
import sys
import tempfile

import pytest

from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "I/O selector here: EpollSelector",
    "pipe: add_reader woke us with b'data'",
    "regular file: add_reader raised PermissionError: Operation not permitted",
]

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="epoll is Linux's selector")


def test_pipe_wakes_the_loop_regular_file_is_refused(reader_run):
    assert_printed(reader_run("files.file_readiness"), EXPECTED)


def test_epoll_refuses_a_regular_file():
    with selectors.EpollSelector() as selector, tempfile.TemporaryFile() as file:
        with pytest.raises(PermissionError):
            selector.register(file, selectors.EVENT_READ)
        # The failed registration left nothing behind.
        assert selector.get_map() == {}
