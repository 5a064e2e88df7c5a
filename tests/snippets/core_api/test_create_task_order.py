import asyncio
import sys

import pytest

from guide.testing import assert_printed
from snippets.core_api import create_task_order as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "main: create_task returned",
    "main: still running, the worker has not printed anything",
    # sleep(0) gave the loop one turn: the worker ran up to its own await.
    "  worker: started",
    "main: back after sleep(0), worker done=False",
    "  worker: finished",
    "main: await task -> 'worker result'",
]


def test_task_starts_only_when_main_awaits(reader_run):
    assert_printed(reader_run("core_api.create_task_order"), EXPECTED)


def test_a_new_task_has_not_started_before_an_await(capsys):
    async def probe() -> tuple[str, str]:
        task = asyncio.create_task(example.worker())
        before = capsys.readouterr().out
        await asyncio.sleep(0)
        after = capsys.readouterr().out
        await task
        return before, after

    assert asyncio.run(probe()) == ("", "  worker: started\n")


@pytest.mark.skipif(sys.version_info < (3, 12), reason="eager tasks: 3.12+")
def test_eager_task_factory_starts_the_task_inside_create_task():
    async def probe() -> list[str]:
        asyncio.get_running_loop().set_task_factory(
            asyncio.eager_task_factory  # type: ignore[attr-defined]
        )
        events: list[str] = []

        async def record() -> None:
            events.append("task ran")

        task = asyncio.create_task(record())
        events.append("after create_task")
        await task
        return events

    assert asyncio.run(probe()) == ["task ran", "after create_task"]
