import asyncio

import pytest

from guide.testing import assert_printed
from snippets.core_api import wait_needs_tasks as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "asyncio.wait(coroutines) raised TypeError:",
    "  Passing coroutines is forbidden, use tasks explicitly.",
    "asyncio.wait(tasks): 2 done, 0 pending",
]


def test_coroutines_are_rejected_and_tasks_accepted(reader_run):
    assert_printed(reader_run("core_api.wait_needs_tasks"), EXPECTED)


def test_wait_raises_type_error_for_a_coroutine():
    async def pass_a_coroutine() -> None:
        coro = example.job(0.1)
        with pytest.raises(TypeError, match="coroutines is forbidden"):
            await asyncio.wait([coro])
        coro.close()

    asyncio.run(pass_a_coroutine())
