from guide.testing import assert_printed
from snippets.task_groups import cancel_caller as example


def test_both_cancel_their_children(reader_run):
    assert_printed(
        reader_run("task_groups.cancel_caller"),
        [
            "with_gather: cancelled=True",
            "  gather child 1: cancelled=True",
            "  gather child 2: cancelled=True",
            "with_taskgroup: cancelled=True",
            "  group child 1: cancelled=True",
            "  group child 2: cancelled=True",
        ],
    )


def test_no_child_sleeps_its_full_second(capsys, timed):
    _, seconds = timed(example.main())
    capsys.readouterr()
    # Two callers cancelled after 0.1 s each; a surviving child would add 1 s.
    assert seconds < 0.6
