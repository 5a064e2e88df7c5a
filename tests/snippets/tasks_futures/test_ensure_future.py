import asyncio

import pytest

from guide.testing import assert_printed
from snippets.tasks_futures import ensure_future as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "fetch(): iscoroutine=True, isfuture=False",
    "ensure_future(coroutine) -> Task: iscoroutine=False, isfuture=True",
    "ensure_future(task) is task: True",
    "ensure_future(Ready()) -> Task",
    "results: 'data', 'ready'",
    "create_task(task): TypeError: a coroutine was expected",
]


def test_ensure_future_wraps_create_task_rejects(reader_run):
    assert_printed(reader_run("tasks_futures.ensure_future"), EXPECTED)


def test_create_task_rejects_an_awaitable_that_is_not_a_coroutine():
    async def probe() -> None:
        with pytest.raises(TypeError):
            asyncio.create_task(example.Ready())  # type: ignore[arg-type]  # noqa: RUF006
        assert await asyncio.ensure_future(example.Ready()) == "ready"

    asyncio.run(probe())


def test_kinds():
    coro = example.fetch()
    try:
        assert example.kind(coro) == "iscoroutine=True, isfuture=False"
    finally:
        coro.close()  # never awaited on purpose
