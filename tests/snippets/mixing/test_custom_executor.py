import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from guide.testing import assert_printed
from snippets.mixing import custom_executor as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "query 0 done at 0.5s",
    "query 1 done at 0.5s",
    "query 2 done at 1.0s",
    "query 3 done at 1.0s",
    "threads used: db_0, db_1",
    "after the with block: RuntimeError: cannot schedule new futures after shutdown",
]


def test_two_workers_run_four_calls_in_two_rounds(reader_run):
    assert_printed(reader_run("mixing.custom_executor"), EXPECTED)


def test_max_workers_caps_concurrency(timed, capsys):
    _, seconds = timed(example.main())
    # 4 calls of 0.5 s on 2 threads: 1 s, not 0.5 s (unbounded) or 2 s.
    assert seconds == pytest.approx(1.0, abs=0.25)
    assert "threads used: db_0, db_1" in capsys.readouterr().out


def test_leaving_the_with_block_waits_for_running_calls(timed):
    async def leave_early() -> float:
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(max_workers=1) as pool:
            future = loop.run_in_executor(pool, time.sleep, 0.5)
            left = time.perf_counter()
        # shutdown(wait=True) blocked the loop's thread until the call ended.
        waited = time.perf_counter() - left
        await future
        return waited

    waited, _ = timed(leave_early())
    assert waited >= 0.45
