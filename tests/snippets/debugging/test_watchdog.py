from guide.testing import assert_printed

EXPECTED = [
    "main: starting the upload",
    "watchdog: loop blocked over 0.5s by task 'upload #17'",
    "watchdog:   in parse_report(), line 46:",
    "watchdog:   time.sleep(1.0)  # stands in for CPU-heavy work",
    "handle_upload: parsed 42 pages",
    "main: done",
]


def test_names_the_blocking_task_while_it_blocks(reader_run):
    # Quiet before the upload; the report comes before the upload ends,
    # so it was made while the loop was still blocked.
    assert_printed(reader_run("debugging.watchdog"), EXPECTED)
