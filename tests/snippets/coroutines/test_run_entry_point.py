import asyncio

import pytest

from guide.testing import assert_printed
from snippets.coroutines import run_entry_point as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "before asyncio.run: RuntimeError: no running event loop",
    "  inside main: a loop is running: True",
    "asyncio.run returned 42",
    "  inside main: a loop is running: True",
    "asyncio.run again returned 42",
    "after asyncio.run: RuntimeError: no running event loop",
]


def test_run_returns_mains_value_each_time(reader_run):
    assert_printed(reader_run("coroutines.run_entry_point"), EXPECTED)


def test_each_run_gets_a_new_loop():
    loops = []

    async def record_loop() -> None:
        loops.append(asyncio.get_running_loop())

    asyncio.run(record_loop())
    asyncio.run(record_loop())
    assert loops[0] is not loops[1]
    assert loops[0].is_closed()
    assert loops[1].is_closed()


def test_no_loop_outside_run():
    assert example.loop_outside_main() == "RuntimeError: no running event loop"


def test_run_refuses_inside_a_running_loop():
    async def nested() -> None:
        coro = example.main()
        with pytest.raises(RuntimeError, match="cannot be called from a running event loop"):
            asyncio.run(coro)
        coro.close()

    asyncio.run(nested())
