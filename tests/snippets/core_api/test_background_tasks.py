import asyncio
import gc
import logging
import subprocess
import weakref

from ruff.__main__ import find_ruff_bin

from guide.testing import assert_printed
from snippets.core_api import background_tasks as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "main: 3 tasks in background_tasks",
    "  sent to ada",
    "  email-ada done, 2 left in the set",
    "  sent to bob",
    "  email-bob done, 1 left in the set",
    "  sent to cy",
    "  email-cy done, 0 left in the set",
    "main: background_tasks is empty: True",
]


def test_the_set_empties_as_tasks_finish(reader_run):
    assert_printed(reader_run("core_api.background_tasks"), EXPECTED)


def test_tasks_run_concurrently_and_leave_nothing_behind(capsys, timed):
    _, seconds = timed(example.main())
    capsys.readouterr()
    assert 0.3 <= seconds < 0.5  # the longest, not the sum (0.6 s)
    assert example.background_tasks == set()


def test_the_loop_only_keeps_a_weak_reference(caplog):
    # Why the set is needed: a pending task that nothing else references is
    # garbage collected, and the loop logs that it was destroyed.
    async def wait_for(future: asyncio.Future[None]) -> None:
        await future

    async def drop_the_reference() -> bool:
        # A future that only the task refers to: nothing will ever set it.
        future = asyncio.get_running_loop().create_future()
        task = asyncio.create_task(wait_for(future))
        del future
        await asyncio.sleep(0)  # let it start and block on the future
        assert task in asyncio.all_tasks()
        ref = weakref.ref(task)
        del task
        gc.collect()
        return ref() is None

    with caplog.at_level(logging.ERROR, logger="asyncio"):
        assert asyncio.run(drop_the_reference())
    assert "Task was destroyed but it is pending!" in caplog.text


def test_ruff_flags_a_discarded_create_task():
    source = "import asyncio\n\n\nasync def main():\n    asyncio.create_task(asyncio.sleep(1))\n"
    result = subprocess.run(
        [find_ruff_bin(), "check", "--isolated", "--select", "RUF006", "-"],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "RUF006" in result.stdout
