import asyncio
import gc
import sys
from collections.abc import Iterator

from guide.testing import assert_printed
from snippets.context_and_iteration import abandoned_generator as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE. The same on 3.11, 3.12, 3.13.
EXPECTED = [
    "A: break at 2",
    "A: caller moved on, no await yet",
    "A: finally runs (in the caller's task: False)",
    "A: caller, after its next await",
    "C: break at 2",
    "C: finally ran: False",
    "B: break at 2",
    "B: main returns, the generator is still referenced",
    "B: finally runs (in the caller's task: False)",
]


def test_finally_runs_late_elsewhere_or_never(reader_run):
    assert_printed(reader_run("context_and_iteration.abandoned_generator"), EXPECTED)


def test_a_dropped_generator_is_closed_in_a_task_of_its_own():
    async def scenario() -> tuple[bool, bool, set[asyncio.Task]]:
        before = asyncio.all_tasks()
        async for _ in example.readings("dropped"):
            break
        # Dropped at the break (no reference left), yet not closed.
        cleaned_at_break = "dropped" in example.cleaned_up
        # asyncio's finalizer hook has scheduled a new task to close it.
        await asyncio.sleep(0)
        closers = asyncio.all_tasks() - before
        await asyncio.sleep(0.05)
        return cleaned_at_break, "dropped" in example.cleaned_up, closers

    at_break, later, closers = asyncio.run(scenario())
    assert not at_break
    assert later
    assert len(closers) == 1


def test_a_referenced_generator_is_closed_by_shutdown_asyncgens():
    example.cleaned_up.clear()
    runner = asyncio.Runner()
    kept = runner.run(example.first_two("kept"))
    assert example.cleaned_up == []  # run() returned: still open
    runner.close()  # calls loop.shutdown_asyncgens()
    assert example.cleaned_up == ["kept"]
    del kept


def test_shutdown_asyncgens_is_what_closes_it():
    example.cleaned_up.clear()
    loop = asyncio.new_event_loop()
    kept = loop.run_until_complete(example.first_two("kept"))
    loop.run_until_complete(loop.shutdown_asyncgens())
    assert example.cleaned_up == ["kept"]
    loop.close()
    del kept


def test_a_loop_closed_without_shutdown_asyncgens_never_runs_it():
    example.cleaned_up.clear()
    loop = asyncio.new_event_loop()
    kept = loop.run_until_complete(example.first_two("lost"))
    loop.close()
    del kept
    gc.collect()
    assert example.cleaned_up == []


def test_the_running_loop_installs_a_finalizer_hook():
    async def hooks() -> bool:
        return sys.get_asyncgen_hooks().finalizer is not None

    assert sys.get_asyncgen_hooks().finalizer is None  # no loop running here
    assert asyncio.run(hooks())


def test_a_plain_generator_is_closed_at_once_when_dropped():
    closed: list[str] = []

    def numbers() -> Iterator[int]:
        try:
            yield from range(10)
        finally:
            closed.append("plain")

    for n in numbers():
        if n == 1:
            break
    assert closed == ["plain"]  # before the next line, no event loop needed
