from guide.testing import assert_printed, took
from snippets.task_groups import basic as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    # Created but not finished: the block has not waited yet.
    "inside the block: users done=False, orders done=False",
    "  orders: done after 0.5s",
    "  users: done after 1.0s",
    # The block waited for the slower task, and the waits overlapped.
    "after the block, 1.0s: users done=True, orders done=True",
    "results: 'users data', 'orders data'",
]


def test_block_waits_for_every_task_concurrently(reader_run):
    assert_printed(reader_run("task_groups.basic"), EXPECTED)


def test_the_block_takes_as_long_as_the_slower_task(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)


def test_reader_sees_results_after_the_block(reader_run):
    lines = reader_run("task_groups.basic")
    assert lines[0] == "inside the block: users done=False, orders done=False"
    assert lines[-1] == "results: 'users data', 'orders data'"
