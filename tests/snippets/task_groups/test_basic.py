from guide.testing import took
from snippets.task_groups import basic as example


def test_block_waits_for_every_task_concurrently(capsys, timed, lines_of):
    _, seconds = timed(example.main())
    assert lines_of(capsys.readouterr().out) == [
        # Created but not finished: the block has not waited yet.
        "inside the block: users done=False, orders done=False",
        "  orders: done after 0.5s",
        "  users: done after 1.0s",
        # The block waited for the slower task, and the waits overlapped.
        "after the block, 1.0s: users done=True, orders done=True",
        "results: 'users data', 'orders data'",
    ]
    assert took(seconds, 1.0)


def test_reader_sees_results_after_the_block(reader_run):
    lines = reader_run("task_groups.basic")
    assert lines[0] == "inside the block: users done=False, orders done=False"
    assert lines[-1] == "results: 'users data', 'orders data'"
