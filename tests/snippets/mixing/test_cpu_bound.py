import asyncio
import functools
import multiprocessing
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from guide.examples import Example
from guide.testing import assert_printed, figures, timed_call
from snippets.mixing import cpu_bound as example

NAMES = [
    "sequential_s",
    "threads_s",
    "processes_s",
    "threads_speedup",
    "processes_speedup",
]
GIL = getattr(sys, "_is_gil_enabled", lambda: True)()
NOT_FORKED = multiprocessing.get_context("forkserver")
"""Pools in this (multi-threaded) test process start workers from a fork server, as
3.14 does by default: forking a process with threads can deadlock the child (3.12+
warn). The workers import what they run by name, so it lives in importable modules."""


def test_prints_every_figure(reader_run):
    lines = reader_run("mixing.cpu_bound")
    cores = os.cpu_count()
    assert_printed(
        lines[:2],
        [
            f"4 calls of sum_of_squares(1_000_000) on {cores} cores",
            "best of 3 rounds each, processes started beforehand",
        ],
    )
    assert [line.split(":")[0] for line in lines[2:]] == NAMES
    values = figures(lines)
    assert all(values[name] > 0 for name in NAMES)
    # The times are printed to 0.01 s and the speedup to 0.1: allow exactly that rounding.
    sequential, processes = values["sequential_s"], values["processes_s"]
    lowest = (sequential - 0.005) / (processes + 0.005)
    highest = (sequential + 0.005) / (processes - 0.005)
    assert lowest - 0.05 <= values["processes_speedup"] <= highest + 0.05


def test_processes_run_the_work_at_the_same_time():
    # The speedup itself is a measurement (it shows on the page, and needs idle
    # cores); what a test can always prove is why there is one: two worker
    # processes compute at the same moment, which two threads cannot.
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=2, mp_context=NOT_FORKED) as pool:
        list(pool.map(example.sum_of_squares, [1, 1]))  # start both workers
        timed = functools.partial(timed_call, example.sum_of_squares)
        spans = list(pool.map(timed, [example.N * 2] * 2))
    (pid_a, start_a, end_a), (pid_b, start_b, end_b) = spans
    assert pid_a != pid_b != os.getpid()
    assert max(start_a, start_b) < min(end_a, end_b)  # the two spans overlap


@pytest.mark.skipif(not GIL, reason="free-threaded build: threads run in parallel")
def test_threads_never_use_more_than_one_core():
    # Why 4 threads are no faster than 1 (the page): CPU time of the whole process
    # over wall time is about 1 with the GIL, whatever the load (a busy machine only
    # makes the wall time longer). Comparing the two wall times instead failed when
    # the machine got busy between the example's rounds.
    async def four_threads() -> None:
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(max_workers=4) as pool:
            await asyncio.gather(
                *(loop.run_in_executor(pool, example.sum_of_squares, 1_000_000) for _ in range(4))
            )

    cpu, wall = time.process_time(), time.perf_counter()
    asyncio.run(four_threads())
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    assert cpu / wall < 1.2


def test_starting_processes_before_threads_avoids_the_fork_warning(reader_run):
    # The test run uses -X dev, which shows DeprecationWarnings: Python 3.12
    # and 3.13 would warn here if a thread pool ran when the workers forked.
    assert not any("DeprecationWarning" in line for line in reader_run("mixing.cpu_bound"))


def test_every_executor_computes_the_same_sum():
    # The figures compare the pools' times: that is fair only if each pool computes
    # the same thing. Run the example's call in each kind of pool main uses and
    # check the answer against the closed form of 0² + 1² + ... + (N-1)².
    from concurrent.futures import ProcessPoolExecutor

    n = example.N
    expected = (n - 1) * n * (2 * n - 1) // 6

    async def in_every_pool() -> list[int]:
        loop = asyncio.get_running_loop()
        with (
            ProcessPoolExecutor(max_workers=1, mp_context=NOT_FORKED) as processes,
            ThreadPoolExecutor(max_workers=example.CALLS) as threads,
            ThreadPoolExecutor(max_workers=1) as one_thread,
        ):
            return [
                await loop.run_in_executor(pool, example.sum_of_squares, n)
                for pool in (one_thread, threads, processes)
            ]

    assert asyncio.run(in_every_pool()) == [expected] * 3


def test_the_build_runs_it_alone():
    # The page says its figures come from idle cores: the build runs it before the rest.
    assert Example("mixing.cpu_bound").runs_alone
