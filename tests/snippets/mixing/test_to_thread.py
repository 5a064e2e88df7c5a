import asyncio
import threading

import pytest

from guide.testing import assert_printed
from snippets.mixing import to_thread as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "3 calls, awaited one by one: 1.5s",
    "3 calls, gathered: 0.5s",
    "  a: read in a worker thread",
    "  b: read in a worker thread",
    "  c: read in a worker thread",
]


def test_gathered_calls_overlap(reader_run):
    assert_printed(reader_run("mixing.to_thread"), EXPECTED)


def test_total_is_one_by_one_plus_one_call(timed):
    _, seconds = timed(example.main())
    assert 1.9 <= seconds < 2.5  # 3 x 0.5 s, then 0.5 s for all three


def test_called_directly_it_runs_in_the_calling_thread():
    assert threading.current_thread() is threading.main_thread()
    assert example.read_sensor("x", 0) == "x: read in the main thread"


def test_an_exception_in_the_thread_is_raised_at_the_await():
    def broken() -> None:
        raise ValueError("sensor offline")

    async def call() -> None:
        with pytest.raises(ValueError, match="sensor offline"):
            await asyncio.to_thread(broken)

    asyncio.run(call())
