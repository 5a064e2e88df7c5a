import asyncio
import logging
import re

from guide.testing import took
from snippets.debugging import slow_callback as example

# The message names the task and where its coroutine is defined; "created
# at" points into the installed asyncio (its path differs by install).
SLOW_STEP = re.compile(
    r"WARNING:asyncio: Executing <Task finished name='resize_images' "
    r"coro=<resize_images\(\) done, defined at "
    r"snippets/debugging/slow_callback\.py:\d+> result=None"
    r" created at \S+/asyncio/\w+\.py:\d+> took (\d+\.\d) seconds"
)


def test_only_the_blocking_task_is_reported(reader_run):
    lines = reader_run("debugging.slow_callback")
    assert lines[0] == "running resize_images()"
    reported = SLOW_STEP.fullmatch(lines[1])
    assert reported, lines[1]
    assert took(float(reported[1]), 0.5)
    # The task that awaits asyncio.sleep() for as long is not reported.
    assert lines[2:] == ["running resize_images_politely()"]


def test_a_step_under_slow_callback_duration_is_not_reported(caplog):
    async def blocking_step_under_the_limit() -> None:
        loop = asyncio.get_running_loop()
        loop.set_debug(True)
        loop.slow_callback_duration = 1.0  # the step takes 0.5 s
        await asyncio.create_task(example.resize_images())

    with caplog.at_level(logging.WARNING, logger="asyncio"):
        asyncio.run(blocking_step_under_the_limit())
    assert not [r for r in caplog.records if "Executing" in r.getMessage()]
