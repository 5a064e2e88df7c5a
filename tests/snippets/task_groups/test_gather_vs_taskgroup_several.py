import asyncio
import gc

from guide.testing import assert_printed
from snippets.task_groups import gather_vs_taskgroup_several as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "gather raised:    ValueError('first')",
    "  second task also failed with KeyError('second')",
    "TaskGroup raised: (ValueError('first'), KeyError('second'))",
]


def test_gather_raises_the_first_taskgroup_raises_all(reader_run):
    assert_printed(reader_run("task_groups.gather_vs_taskgroup_several"), EXPECTED)


def test_gather_drops_the_second_error_silently():
    # Without the example's second.exception(): gather itself retrieves the
    # second error, so the loop's exception handler never hears of it.
    reported: list[str] = []

    async def scenario() -> str:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda loop, context: reported.append(context["message"]))
        go = example.go_in(0.1)
        first = asyncio.create_task(example.fail(ValueError("first"), go))
        second = asyncio.create_task(example.fail(KeyError("second"), go))
        try:
            await asyncio.gather(first, second)
        except Exception as error:
            raised = repr(error)
        await asyncio.sleep(0.1)
        del first, second
        gc.collect()
        return raised

    assert asyncio.run(scenario()) == "ValueError('first')"
    assert reported == []
