import asyncio
import concurrent.futures

import pytest

from guide.testing import assert_printed
from snippets.mixing import threadsafe as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "worker thread: asyncio_0",
    "worker: get_running_loop() raised RuntimeError:",
    "  no running event loop",
    "worker: get_event_loop() raised RuntimeError:",
    "  There is no current event loop in thread 'asyncio_0'.",
    "worker: got a concurrent.futures.Future: True",
    "worker: lookup('a') -> A (looked up in MainThread)",
    "worker: lookup('b') -> B (looked up in MainThread)",
    "worker: slow_lookup timed out, cancelled it",
    "main: slow_lookup was cancelled in the loop: True",
]


def test_worker_thread_submits_to_the_main_loop(reader_run):
    assert_printed(reader_run("mixing.threadsafe"), EXPECTED)


def test_result_timeout_then_cancel_stops_the_coroutine(timed):
    async def run() -> bool:
        loop = asyncio.get_running_loop()
        cancelled = asyncio.Event()
        await asyncio.to_thread(example.sync_worker, loop, cancelled)
        await asyncio.wait_for(cancelled.wait(), 1)
        return cancelled.is_set()

    was_cancelled, seconds = timed(run())
    assert was_cancelled
    # Two 0.2 s lookups and the 0.5 s timeout; not the 10 s sleep.
    assert seconds < 1.5


def test_waiting_in_the_loops_own_thread_blocks_the_loop():
    async def wait_here() -> str:
        loop = asyncio.get_running_loop()
        future = asyncio.run_coroutine_threadsafe(example.lookup("x"), loop)
        assert isinstance(future, concurrent.futures.Future)
        # The loop cannot run lookup() while its own thread waits here.
        with pytest.raises(TimeoutError):
            future.result(timeout=0.5)
        assert not future.done()
        # Awaiting instead gives the loop its thread back.
        return await asyncio.wrap_future(future)

    assert asyncio.run(wait_here()) == "X (looked up in MainThread)"
