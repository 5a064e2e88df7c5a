import asyncio

import pytest

from guide.testing import assert_printed
from snippets.task_groups import gather_return_exceptions as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "gather results: ['a ok', ValueError('b failed'), 'c ok']",
    "  value: 'a ok'",
    "  error: ValueError('b failed')",
    "  value: 'c ok'",
    "TaskGroup takes no options: TaskGroup()",
]


def test_errors_come_back_in_place(reader_run):
    assert_printed(reader_run("task_groups.gather_return_exceptions"), EXPECTED)


def test_without_return_exceptions_gather_raises():
    async def without() -> None:
        await asyncio.gather(example.job("a"), example.job("b"))

    with pytest.raises(ValueError, match="b failed"):
        asyncio.run(without())


def test_taskgroup_rejects_return_exceptions():
    with pytest.raises(TypeError):
        asyncio.TaskGroup(return_exceptions=True)


def test_taskgroup_errors_caught_inside_the_task_leave_the_others_alone():
    async def as_value(name: str) -> str | Exception:
        try:
            return await example.job(name)
        except ValueError as error:
            return error

    async def scenario() -> list[str]:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(as_value(name)) for name in "abc"]
        return [repr(task.result()) for task in tasks]

    assert asyncio.run(scenario()) == ["'a ok'", "ValueError('b failed')", "'c ok'"]
