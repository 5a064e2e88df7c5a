import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from guide.testing import figures
from snippets.performance import cpu_bound as example

GIL = getattr(sys, "_is_gil_enabled", lambda: True)()


def test_every_way_does_the_same_work():
    async def all_ways() -> list[list[int]]:
        with ThreadPoolExecutor(max_workers=4) as pool:
            return [
                await example.plain(),
                await example.as_coroutines(),
                await example.in_threads(pool),
            ]

    plain, coroutines, threads = asyncio.run(all_ways())
    assert len(plain) == example.JOBS
    assert plain == coroutines == threads


def test_a_coroutine_without_await_lets_nothing_else_run():
    async def order() -> list[str]:
        seen: list[str] = []

        async def other() -> None:
            seen.append("other task")

        task = asyncio.create_task(other())
        await example.job(example.SIZE)  # the other task is ready all along
        seen.append("job done")
        await task
        return seen

    assert asyncio.run(order()) == ["job done", "other task"]


@pytest.mark.skipif(not GIL, reason="threads run in parallel without the GIL")
def test_neither_asyncio_nor_threads_is_faster(capsys):
    # Without asyncio's debug mode, as the build runs it.
    asyncio.run(example.main())
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "20 calls of pure-Python work, median of 25 rounds"
    found = figures(lines)
    assert list(found) == [
        "plain_s",
        "asyncio_s",
        "threads_s",
        "asyncio_speedup",
        "threads_speedup",
    ]
    # No faster (about 1, or below on a busy machine), within a margin.
    assert found["asyncio_speedup"] <= 1.3
    assert found["threads_speedup"] <= 1.4


def test_debug_run_prints_every_figure(reader_run):
    # Debug mode may also log "Executing <Task ...> took 0.1 seconds": each
    # run of the work holds the event loop that long on a busy machine.
    lines = reader_run("performance.cpu_bound")
    assert "20 calls of pure-Python work, median of 25 rounds" in lines
    assert {"plain_s", "asyncio_s", "threads_s"} <= set(figures(lines))
