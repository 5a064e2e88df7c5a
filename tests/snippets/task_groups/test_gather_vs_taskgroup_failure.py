from guide.testing import assert_printed, took
from snippets.task_groups import gather_vs_taskgroup_failure as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    # gather raised while the sibling was still running...
    "gather raised ValueError('boom'); sibling done: False",
    # ...and the sibling went on to finish: gather did not cancel it.
    "  gather sibling: finished its work",
    "gather: sibling result 'done'",
    # TaskGroup cancelled the sibling before raising.
    "  TaskGroup sibling: cancelled",
    "TaskGroup raised (ValueError('boom'),)",
    "TaskGroup: sibling cancelled=True",
]


def test_gather_sibling_finishes_taskgroup_sibling_is_cancelled(reader_run):
    assert_printed(reader_run("task_groups.gather_vs_taskgroup_failure"), EXPECTED)


def test_gather_raises_at_the_failure_not_at_the_end(timed, capsys):
    # with_gather: raised after 0.2 s, then waited for the 0.5 s sibling.
    _, gather_seconds = timed(example.with_gather())
    _, group_seconds = timed(example.with_taskgroup())
    capsys.readouterr()
    assert took(gather_seconds, 0.5)
    # with_taskgroup: over at the failure, the sibling's 0.5 s never ran out.
    assert group_seconds < 0.4
