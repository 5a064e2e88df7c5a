from guide.testing import assert_printed

EXPECTED = [
    "asyncio.run named the main task 'Task-1'",
    "download /b  suspended in download(), line 8",
    "main         running: it is the current task",
    "orders       suspended in wait_for_orders(), line 13",
    "finished, so not in all_tasks(): 'download /a'",
]


def test_lists_pending_tasks_by_name_and_where_they_wait(reader_run):
    assert_printed(reader_run("debugging.all_tasks"), EXPECTED)
