from guide.testing import assert_printed, took
from snippets.coroutines import function_coroutine_task as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "function: runs the moment it is called",
    # Neither the task nor the coroutine has started when main prints this.
    "main: created a Task and a coroutine, neither has started",
    "coroutine: start",
    # The task starts only once the coroutine gives control back to the loop.
    "task: start",
    "coroutine: end",
    "task: end",
    "main: both done after 1.0s, not 2.0s",
]


def test_start_order_and_overlap(reader_run):
    assert_printed(reader_run("coroutines.function_coroutine_task"), EXPECTED)


def test_the_task_and_the_coroutine_overlap(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)
