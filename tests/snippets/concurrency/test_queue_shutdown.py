import asyncio

from guide.testing import assert_printed, took

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "finish the queued jobs, then stop:",
    "  shutdown(immediate=False), 3 jobs left",
    "  put after shutdown: QueueShutDown",
    "  workers returned, jobs handled: [2, 2, 2]",
    "stop now, drop the queued jobs:",
    "  shutdown(immediate=True), 0 jobs left",
    "  put after shutdown: QueueShutDown",
    "  workers returned, jobs handled: [1, 1, 1]",
]


def test_shutdown_drains_or_drops_the_queue(reader_run):
    assert_printed(reader_run("concurrency.queue_shutdown"), EXPECTED)


def test_immediate_shutdown_stops_after_the_running_jobs(timed, capsys):
    from snippets.concurrency import queue_shutdown as example

    _, seconds = timed(example.run(immediate=True))
    # One 0.2 s round: the three queued jobs were dropped, not run.
    assert 0.2 <= seconds < 0.38
    _, seconds = timed(example.run(immediate=False))
    assert took(seconds, 0.4)
    capsys.readouterr()


def test_get_on_a_shut_down_empty_queue_raises():
    async def get_after_shutdown() -> str:
        queue: asyncio.Queue[int] = asyncio.Queue()
        queue.shutdown()
        try:
            await queue.get()
        except asyncio.QueueShutDown:
            return "QueueShutDown"
        return "an item"

    assert asyncio.run(get_after_shutdown()) == "QueueShutDown"
