import asyncio
import threading

from guide.testing import assert_printed, took

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "a worker thread with its own loop:",
    "  handles: Handle, TimerHandle",
    "  call_soon ran",
    "  first fetched; the same loop runs again:",
    "  second fetched",
    "  closed: True",
    "a different loop from asyncio.run()'s: True",
]


def test_a_loop_made_by_hand_runs_twice_then_closes(reader_run):
    assert_printed(reader_run("event_loop.new_event_loop"), EXPECTED)


def test_run_by_hand_leaves_no_loop_set_in_its_thread(capsys):
    from snippets.event_loop import new_event_loop as example

    seen: list[object] = []

    def in_thread() -> None:
        loop = example.run_by_hand()
        seen.append(loop.is_closed())
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            seen.append("no running loop")

    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join(5)
    assert seen == [True, "no running loop"]
    assert "never" not in capsys.readouterr().out  # the cancelled handle


def test_two_fetches_run_one_after_the_other(timed, capsys):
    from snippets.event_loop import new_event_loop as example

    _, seconds = timed(example.main())
    assert took(seconds, 0.4)
    capsys.readouterr()
