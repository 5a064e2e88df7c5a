import asyncio

from guide.testing import assert_printed
from snippets.context_and_iteration import task_copies as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "child() starts, sees 'alice'",
    "child() set it to 'bob'",
    "main still sees 'carol'",
    "two tasks, each kept its own value: ['dave', 'erin']",
    "main after gather: 'carol'",
    "child() starts, sees 'carol'",
    "child() set it to 'bob'",
    "after awaiting child() directly: 'bob'",
]


def test_a_task_gets_a_copy_and_a_direct_await_does_not(reader_run):
    assert_printed(reader_run("context_and_iteration.task_copies"), EXPECTED)


def test_the_copy_is_taken_when_the_task_is_created():
    async def read() -> str:
        return example.user.get()

    async def scenario() -> str:
        example.user.set("at creation")
        task = asyncio.create_task(read())
        example.user.set("changed before the task ran")
        assert not task.done()
        return await task

    assert asyncio.run(scenario()) == "at creation"


def test_siblings_keep_their_own_values_while_interleaved():
    async def both() -> list[str]:
        return await asyncio.gather(example.worker("x"), example.worker("y"))

    assert asyncio.run(both()) == ["x", "y"]


def test_a_change_inside_a_task_stays_inside():
    async def scenario() -> str:
        example.user.set("parent")
        await asyncio.create_task(example.child())
        return example.user.get()

    assert asyncio.run(scenario()) == "parent"
