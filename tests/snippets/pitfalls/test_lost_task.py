import asyncio
import gc
import weakref

from guide.testing import assert_printed
from snippets.pitfalls import lost_task as example

EXPECTED = [
    "no reference kept:",
    "  listener: waiting for a reply",
    "  asyncio logged: Task was destroyed but it is pending!",
    "  tasks left after gc.collect(): 0",
    # Destroyed by the garbage collector, in the middle of its await.
    "  listener stopped by GeneratorExit",
    "kept in a set until done:",
    "  listener: waiting for a reply",
    "  tasks left after gc.collect(): 1",
    "  listener stopped by CancelledError",
    "  background_tasks is empty: True",
]


def test_the_dropped_task_is_destroyed_the_kept_one_cancelled(reader_run):
    assert_printed(reader_run("pitfalls.lost_task"), EXPECTED)


def test_only_the_loops_weak_reference_is_left(capsys):
    # What the example relies on: once main drops the task, nothing but the
    # loop's weak bookkeeping refers to it, and a collection frees it.
    async def drop_it() -> tuple[bool, bool]:
        task = asyncio.create_task(example.wait_for_reply("t"))
        await asyncio.sleep(0)
        ref = weakref.ref(task)
        seen_by_the_loop = task in asyncio.all_tasks()
        del task
        gc.collect()
        return seen_by_the_loop, ref() is None

    assert asyncio.run(drop_it()) == (True, True)
    assert example.stopped_by.pop("t") == "GeneratorExit"


def test_the_set_is_what_keeps_it(capsys):
    async def keep_it() -> bool:
        await example.kept_in_a_set()
        return not example.background_tasks

    assert asyncio.run(keep_it())
    assert "tasks left after gc.collect(): 1" in capsys.readouterr().out
