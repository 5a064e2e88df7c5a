import asyncio
import gc

import pytest

from guide.testing import assert_printed
from snippets.tasks_futures import result_and_exception as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "pending    result()     raises InvalidStateError: Result is not set.",
    "pending    exception()  raises InvalidStateError: Exception is not set.",
    "done       result()     returns 42",
    "done       exception()  returns None",
    "failed     result()     raises ValueError: bad input",
    "failed     exception()  returns ValueError('bad input')",
    "cancelled  result()     raises CancelledError",
    "cancelled  exception()  raises CancelledError",
]


def test_prints_what_each_call_does(reader_run):
    assert_printed(reader_run("tasks_futures.result_and_exception"), EXPECTED)


def test_result_reraises_the_very_exception_object():
    async def scenario() -> None:
        task = asyncio.create_task(example.fails())
        await asyncio.wait([task], timeout=2)
        error = task.exception()
        with pytest.raises(ValueError, match="bad input") as raised:
            task.result()
        assert raised.value is error

    asyncio.run(scenario())


def test_cancelled_task_raises_from_both():
    async def scenario() -> None:
        task = asyncio.create_task(example.succeeds())
        task.cancel()
        await asyncio.wait([task], timeout=2)
        with pytest.raises(asyncio.CancelledError):
            task.result()
        with pytest.raises(asyncio.CancelledError):
            task.exception()

    asyncio.run(scenario())


def never_retrieved_messages(retrieve: bool) -> list[str]:
    """What the loop reports when a failed task is garbage collected."""
    messages = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda _, context: messages.append(context["message"]))
        task = asyncio.create_task(example.fails())
        await asyncio.wait([task], timeout=2)
        if retrieve:
            task.exception()
        del task
        gc.collect()

    asyncio.run(scenario())
    return messages


def test_an_unread_exception_is_reported():
    assert never_retrieved_messages(retrieve=False) == ["Task exception was never retrieved"]


def test_reading_the_exception_marks_it_retrieved():
    assert never_retrieved_messages(retrieve=True) == []
