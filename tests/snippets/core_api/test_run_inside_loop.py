import asyncio
import gc
import inspect

import pytest

from guide.testing import assert_printed
from snippets.core_api import run_inside_loop as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "main is running on the loop that asyncio.run created",
    "asyncio.run inside main raised RuntimeError:",
    "  asyncio.run() cannot be called from a running event loop",
    "await fetch() inside main: 'data'",
]


def test_nested_run_is_refused_and_await_works(reader_run):
    assert_printed(reader_run("core_api.run_inside_loop"), EXPECTED)


def test_refused_before_running_the_coroutine():
    async def nested() -> str:
        coro = example.fetch()
        with pytest.raises(RuntimeError, match="from a running event loop"):
            asyncio.run(coro)
        state = inspect.getcoroutinestate(coro)
        coro.close()
        return state

    assert asyncio.run(nested()) == "CORO_CREATED"


def test_the_refused_coroutine_warns_unless_closed():
    async def nested() -> None:
        coro = example.fetch()
        with pytest.raises(RuntimeError):
            asyncio.run(coro)
        del coro
        gc.collect()

    with pytest.warns(RuntimeWarning, match="'fetch' was never awaited"):
        asyncio.run(nested())
