import asyncio

from guide.testing import assert_printed
from snippets.tasks_futures import task_names as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "task names: ['fetch-1', 'fetch-2', 'fetch-3']",
    # main's task is in all_tasks() too.
    "all_tasks(): ['fetch-1', 'fetch-2', 'fetch-3', 'main']",
    # current_task() inside each coroutine is the task running it.
    "  fetch-1: fetching page 1",
    "  fetch-2: fetching page 2",
    "  fetch-3: fetching page 3",
    # Finished tasks leave all_tasks().
    "all_tasks() after gather: ['main']",
]


def test_names_current_task_and_all_tasks(reader_run):
    assert_printed(reader_run("tasks_futures.task_names"), EXPECTED)


def test_unnamed_tasks_get_a_default_name():
    async def scenario() -> str:
        task = asyncio.create_task(asyncio.sleep(0))
        await task
        return task.get_name()

    assert asyncio.run(scenario()).startswith("Task-")


def test_all_tasks_lists_only_unfinished_tasks():
    async def scenario() -> list[str]:
        asyncio.current_task().set_name("outer")
        done = asyncio.create_task(asyncio.sleep(0), name="done")
        await done
        waiting = asyncio.create_task(asyncio.sleep(0.1), name="waiting")
        names = example.running_names()
        await waiting
        return names

    assert asyncio.run(scenario()) == ["outer", "waiting"]


def test_default_names_depend_on_how_many_tasks_came_before():
    async def scenario() -> list[int]:
        tasks = [asyncio.create_task(asyncio.sleep(0)) for _ in range(2)]
        await asyncio.gather(*tasks)
        return [int(task.get_name().removeprefix("Task-")) for task in tasks]

    first, second = asyncio.run(scenario())
    assert second == first + 1
