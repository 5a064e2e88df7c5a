from guide.testing import assert_printed, took
from snippets.coroutines import three_awaitables as example


def test_each_awaitable_gives_its_result(reader_run):
    lines = reader_run("coroutines.three_awaitables")
    assert_printed(
        lines,
        [
            "coroutine  awaitable=True  result=2",
            "Task       awaitable=True  result=4",
            "Future     awaitable=True  result=6",
            "a Task is a Future: True",
        ],
    )


def test_the_future_waits_for_its_callback(capsys, timed):
    # Three 0.1 s waits in a row: the future is set by call_later, not immediately.
    _, seconds = timed(example.main())
    # Not 0.2: the future waited for its callback. Late by TIMING_TOLERANCE at most;
    # the 0.15 s this allowed before failed the suite under load (0.597 s measured).
    assert took(seconds, 0.3)
    assert "result=6" in capsys.readouterr().out
