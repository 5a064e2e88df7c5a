from guide.testing import took
from snippets.coroutines import function_coroutine_task as example


def test_start_order_and_overlap(capsys, timed, lines_of):
    _, seconds = timed(example.main())
    assert lines_of(capsys.readouterr().out) == [
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
    assert took(seconds, 1.0)
