import asyncio
import gc

from guide.testing import assert_printed
from snippets.myths import unreferenced_task as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "create_task, result thrown away:",
    "  task: waiting for the reply",
    # Collected while pending: it never gets to print its reply.
    "  event loop: Task was destroyed but it is pending!",
    "  other tasks pending: 0",
    "create_task, task kept in a set:",
    "  task: waiting for the reply",
    "  other tasks pending: 1",
    "  task: got 'ok'",
]


def test_the_dropped_task_is_destroyed_and_the_kept_one_finishes(reader_run):
    assert_printed(reader_run("myths.unreferenced_task"), EXPECTED)


def test_the_loop_does_not_keep_a_pending_task_alive():
    # If the loop held its tasks strongly, the task would survive the collection
    # and still be listed by all_tasks().
    async def survivors() -> tuple[int, list[str]]:
        loop = asyncio.get_running_loop()
        messages: list[str] = []
        loop.set_exception_handler(lambda _, context: messages.append(context["message"]))
        asyncio.create_task(example.wait_for_reply(loop.create_future()))  # noqa: RUF006
        await asyncio.sleep(0)
        gc.collect()
        return len(asyncio.all_tasks()) - 1, messages

    pending, messages = asyncio.run(survivors())
    assert pending == 0
    assert messages == ["Task was destroyed but it is pending!"]
