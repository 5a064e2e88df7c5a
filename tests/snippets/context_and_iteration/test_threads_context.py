import asyncio
import contextvars

from guide.testing import assert_printed
from snippets.context_and_iteration import threads_context as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "to_thread:                    req-42",
    "run_in_executor:              (none)",
    "run_in_executor, context.run: req-42",
]


def test_to_thread_copies_and_run_in_executor_does_not(reader_run):
    assert_printed(reader_run("context_and_iteration.threads_context"), EXPECTED)


def test_a_change_made_in_to_thread_does_not_come_back():
    def change() -> str:
        example.request_id.set("set in the thread")
        return example.request_id.get()

    async def scenario() -> tuple[str, str]:
        example.request_id.set("caller")
        in_thread = await asyncio.to_thread(change)
        return in_thread, example.request_id.get()

    assert asyncio.run(scenario()) == ("set in the thread", "caller")


def test_context_run_runs_in_the_copy_not_the_live_context():
    async def scenario() -> str:
        example.request_id.set("copied")
        context = contextvars.copy_context()
        example.request_id.set("later")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, context.run, example.blocking_lookup)

    assert asyncio.run(scenario()) == "copied"
