from guide.testing import assert_printed
from snippets.concurrency import sentinel_shutdown as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "3 workers, 3 sentinels:",
    "  worker-0 took a None: stopping",
    "  worker-1 took a None: stopping",
    "  worker-2 took a None: stopping",
    "  worker-0 returned: 2 jobs",
    "  worker-1 returned: 2 jobs",
    "  worker-2 returned: 2 jobs",
    "3 workers, 1 sentinel:",
    "  worker-0 took a None: stopping",
    "  worker-0 returned: 2 jobs",
    "  worker-1 still waiting on get()",
    "  worker-2 still waiting on get()",
]


def test_one_sentinel_per_worker_stops_them_all(reader_run):
    assert_printed(reader_run("concurrency.sentinel_shutdown"), EXPECTED)


def test_sentinels_stop_the_workers_without_waiting(timed, capsys):
    _, seconds = timed(example.run(workers=3, sentinels=3))
    # Two 0.2 s rounds, then every worker returned: no 1 s wait.
    assert 0.4 <= seconds < 0.8
    capsys.readouterr()


def test_missing_sentinels_leave_workers_waiting_until_the_timeout(timed, capsys):
    _, seconds = timed(example.run(workers=3, sentinels=1))
    assert 1.0 <= seconds < 1.6  # the whole timeout
    assert "worker-2 still waiting on get()" in capsys.readouterr().out
