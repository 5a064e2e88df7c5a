import sys

import pytest

from guide.testing import assert_printed
from snippets.myths import threads_take_turns as example

GIL = getattr(sys, "_is_gil_enabled", lambda: True)()

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "4 threads, each computing sum_of_squares(500_000)",
    "cores busy at once: one",
]


@pytest.mark.skipif(not GIL, reason="free-threaded build: threads run in parallel")
def test_four_threads_keep_one_core_busy(reader_run):
    assert_printed(reader_run("myths.threads_take_turns"), EXPECTED)


@pytest.mark.skipif(not GIL, reason="free-threaded build: threads run in parallel")
def test_never_more_than_one_core_with_the_gil():
    # The figure behind the printed word: CPU time over wall time stays about 1
    # (a busy machine only lowers it). Threads that ran Python in parallel
    # on two or more cores would push it towards 2 or more.
    assert example.cores_busy(example.THREADS) < 1.2


def test_every_call_computes_the_full_sum():
    n = example.N
    assert example.sum_of_squares(n) == (n - 1) * n * (2 * n - 1) // 6
