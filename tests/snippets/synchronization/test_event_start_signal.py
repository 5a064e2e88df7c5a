import asyncio

from guide.testing import late_by_at_most, timeline
from snippets.synchronization import event_start_signal as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "0.0s  worker-1: waiting for the start",
    "0.0s  worker-2: waiting for the start",
    "0.0s  worker-3: waiting for the start",
    "0.5s  main: start.set()",
    # set() wakes every waiter, in the order they started waiting.
    "0.5s  worker-1: started",
    "0.5s  worker-2: started",
    "0.5s  worker-3: started",
    # The event stays set: wait() returns at once.
    "0.8s  latecomer: waiting for the start",
    "0.8s  latecomer: started",
    "start.is_set(): True",
]


def test_all_waiters_start_when_the_event_is_set(reader_run):
    lines = reader_run("synchronization.event_start_signal")
    found, expected = timeline(lines), timeline(EXPECTED)
    assert [label for _, label in found] == [label for _, label in expected]
    assert late_by_at_most([s for s, _ in found], [s for s, _ in expected]), found
    assert lines[-1] == EXPECTED[-1]
    started = [s for s, label in found if label.startswith("worker-") and label.endswith("started")]
    set_at = next(s for s, label in found if label == "main: start.set()")
    # No worker starts before the signal, and all of them start on it.
    assert started == [set_at] * 3


def test_no_waiter_passes_before_set(capsys):
    async def started_before_and_after_set() -> tuple[int, int]:
        loop = asyncio.get_running_loop()
        start = asyncio.Event()
        workers = [
            asyncio.create_task(example.worker(f"w{i}", start, loop.time())) for i in range(100)
        ]
        await asyncio.sleep(0.1)
        before = capsys.readouterr().out.count("started")
        start.set()
        await asyncio.gather(*workers)
        return before, capsys.readouterr().out.count("started")

    assert asyncio.run(started_before_and_after_set(), debug=True) == (0, 100)
