import asyncio

from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "create_task made a CountedTask",
    "cached: done right after create_task: True",
    "fetched: done right after create_task: False",
    "results: ['cached value', 'user fetched']",
    "tasks made by the factory: 2",
]


def test_the_factory_makes_eager_tasks_of_the_given_class(reader_run):
    assert_printed(reader_run("tasks_futures.eager_task_factory"), EXPECTED)


def test_without_the_factory_no_task_has_started():
    from snippets.tasks_futures import eager_task_factory as example

    async def probe() -> bool:
        task = asyncio.create_task(example.lookup("config"))
        started = task.done()
        await task
        return started

    assert asyncio.run(probe()) is False
