import asyncio

from guide.testing import assert_printed
from snippets.speed_knobs import eager_tasks as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "default tasks:",
    "  created: hit done False, miss done False",
    "  lookup a: starts",
    "  lookup b: starts",
    "  results: cached a, fetched b",
    "eager tasks:",
    "  lookup a: starts",
    "  lookup b: starts",
    "  created: hit done True, miss done False",
    "  results: cached a, fetched b",
]


def test_eager_tasks_start_inside_create_task(reader_run):
    assert_printed(reader_run("speed_knobs.eager_tasks"), EXPECTED)


def test_an_eager_hit_has_its_result_before_anything_awaits(capsys):
    async def created(factory) -> tuple[bool, str | None]:
        asyncio.get_running_loop().set_task_factory(factory)
        task = asyncio.create_task(example.lookup("a"))
        result = task.result() if task.done() else None
        await task
        return task.done(), result

    assert asyncio.run(created(asyncio.eager_task_factory)) == (True, "cached a")
    assert asyncio.run(created(None)) == (True, None)  # default: not yet run
    assert capsys.readouterr().out.count("lookup a: starts") == 2


def test_an_eager_miss_suspends_and_finishes_on_the_loop():
    async def miss() -> tuple[bool, str]:
        example.cache.pop("z", None)
        loop = asyncio.get_running_loop()
        loop.set_task_factory(asyncio.eager_task_factory)
        task = asyncio.create_task(example.lookup("z"))
        done_at_creation = task.done()
        return done_at_creation, await task

    done, result = asyncio.run(miss())
    assert not done
    assert result == "fetched z"
    del example.cache["z"]
