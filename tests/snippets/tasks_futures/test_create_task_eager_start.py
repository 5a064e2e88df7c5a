import asyncio

from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "lazy: done right after create_task: False",
    "eager: done right after create_task: True",
    "waits: done right after create_task: False",
    "results: ['cached value', 'cached value', 'user fetched']",
    "TaskGroup eager task done at once: True",
]


def test_eager_start_runs_to_the_first_wait_inside_create_task(reader_run):
    assert_printed(reader_run("tasks_futures.create_task_eager_start"), EXPECTED)


def test_an_eager_task_already_ran_its_first_step():
    from snippets.tasks_futures import create_task_eager_start as example

    steps: list[str] = []

    async def step() -> None:
        steps.append("started")
        await asyncio.sleep(0)

    async def probe() -> None:
        task = asyncio.create_task(step(), eager_start=True)
        assert steps == ["started"]  # before main() yielded once
        await task
        assert await example.lookup("config") == "cached value"

    asyncio.run(probe())
