from guide.testing import assert_printed
from snippets.task_groups import gather_vs_taskgroup_results as example

FINISH_ORDER = ["  fast finished", "  medium finished", "  slow finished"]


def test_results_keep_creation_order_not_finish_order(reader_run):
    assert_printed(
        reader_run("task_groups.gather_vs_taskgroup_results"),
        [
            *FINISH_ORDER,
            "gather results:    ['slow', 'fast', 'medium']",
            *FINISH_ORDER,
            "TaskGroup results: ['slow', 'fast', 'medium']",
        ],
    )


def test_jobs_run_concurrently_in_both(timed, capsys):
    _, seconds = timed(example.main())
    capsys.readouterr()
    # Two rounds of at most 0.3 s each; one job after another would take 1.2 s.
    assert 0.55 < seconds < 1.0
