from guide.testing import assert_printed
from snippets.task_groups import cancel_caller as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "with_gather: cancelled=True",
    "  gather child 1: cancelled=True",
    "  gather child 2: cancelled=True",
    "with_taskgroup: cancelled=True",
    "  group child 1: cancelled=True",
    "  group child 2: cancelled=True",
]


def test_both_cancel_their_children(reader_run):
    assert_printed(reader_run("task_groups.cancel_caller"), EXPECTED)


def test_no_child_sleeps_its_full_second(capsys, timed):
    _, seconds = timed(example.main())
    capsys.readouterr()
    # Two callers cancelled after 0.1 s each; a surviving child would add 1 s.
    assert seconds < 0.6
