import asyncio
import math
import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from guide.testing import figures, took
from snippets.speed_knobs import to_thread_vs_executor as example


def default_workers() -> int:
    # What ThreadPoolExecutor() picks when given no max_workers.
    with ThreadPoolExecutor() as pool:
        return pool._max_workers


def test_the_default_executor_runs_a_few_calls_at_a_time(reader_run):
    lines = reader_run("speed_knobs.to_thread_vs_executor")
    assert lines[0] == "40 blocking calls of 0.1s each"
    found = figures(lines)
    workers = default_workers()
    assert workers < example.CALLS  # the point of the example, on this machine
    assert found["to_thread_threads"] == workers
    rounds = math.ceil(example.CALLS / workers)
    assert took(found["to_thread_s"], rounds * example.WAIT)
    # A pool sized for the calls runs them all at once: one round.
    assert found["executor_threads"] == example.CALLS
    assert took(found["executor_s"], example.WAIT)


def test_set_default_executor_sizes_to_thread(reader_run):
    found = figures(reader_run("speed_knobs.to_thread_vs_executor"))
    assert found["sized_to_thread_threads"] == example.CALLS
    assert took(found["sized_to_thread_s"], example.WAIT)
    assert found["sized_to_thread_s"] < found["to_thread_s"]


def test_the_loop_shuts_down_the_default_executor_it_was_given():
    pool = ThreadPoolExecutor(max_workers=2)

    async def use() -> None:
        asyncio.get_running_loop().set_default_executor(pool)
        await asyncio.to_thread(example.blocking_call)

    asyncio.run(use())
    with pytest.raises(RuntimeError, match="after shutdown"):
        pool.submit(example.blocking_call)


def test_the_default_pool_has_cpu_count_plus_four_threads_up_to_32():
    # 3.13+ counts the CPUs this process may use; 3.11 and 3.12 all of them.
    cpus = getattr(os, "process_cpu_count", os.cpu_count)() or 1
    assert default_workers() == min(32, cpus + 4)
