import asyncio

from guide.testing import assert_printed
from snippets.concurrency import queue_workers as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "queued 9 jobs for 3 workers",
    # Empty, yet join() has not returned: three jobs are still running.
    "after 0.7s: queue empty: True, joined: False",
    "join() returned after 0.9s: every job is done",
    "  worker-0 handled 3 jobs",
    "  worker-1 handled 3 jobs",
    "  worker-2 handled 3 jobs",
    "cancelled: worker-0, worker-1, worker-2",
]


def test_join_waits_for_task_done_not_for_an_empty_queue(reader_run):
    assert_printed(reader_run("concurrency.queue_workers"), EXPECTED)


def test_three_workers_take_three_rounds(timed, capsys):
    _, seconds = timed(example.main())
    # Nine 0.3 s jobs on three workers: 0.9 s, not 2.7 s.
    assert 0.9 <= seconds < 1.4
    assert "cancelled: worker-0, worker-1, worker-2" in capsys.readouterr().out


def test_join_waits_forever_for_a_missing_task_done():
    async def join_without_task_done() -> str:
        queue: asyncio.Queue[int] = asyncio.Queue()
        queue.put_nowait(1)

        async def careless_worker() -> None:
            await queue.get()
            raise ValueError("the job failed before task_done()")

        worker = asyncio.create_task(careless_worker())
        try:
            async with asyncio.timeout(0.5):
                await queue.join()
        except TimeoutError:
            return f"join still waiting, queue empty: {queue.empty()}"
        finally:
            await asyncio.gather(worker, return_exceptions=True)
        return "join returned"

    assert asyncio.run(join_without_task_done()) == "join still waiting, queue empty: True"
