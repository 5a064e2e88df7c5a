import asyncio

from guide.testing import assert_printed
from snippets.concurrency import semaphore_limit as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "20 responses in 2.0s",
    "at most 5 requests in flight at once",
    "results in the order asked: True",
]


def test_reader_sees_five_at_once_and_four_rounds(reader_run):
    assert_printed(reader_run("concurrency.semaphore_limit"), EXPECTED)


def test_the_server_never_sees_more_than_five(timed, httpbin_stats):
    httpbin_stats(reset=True)
    (ids, client_peak), seconds = timed(example.fetch_all(count=20, limit=5))
    # Counted on the server side: five at once, never six.
    assert httpbin_stats()["peak"] == 5
    assert client_peak == 5
    assert ids == list(range(20))
    # Four rounds of 0.5 s, not one.
    assert 2.0 <= seconds < 2.7


def test_the_semaphore_is_what_limits(timed, httpbin_stats):
    httpbin_stats(reset=True)
    (_, client_peak), seconds = timed(example.fetch_all(count=20, limit=20))
    assert httpbin_stats()["peak"] == 20
    assert client_peak == 20
    assert seconds < 1.2


def test_gather_still_creates_every_task_up_front():
    async def tasks_alive_while_fetching() -> int:
        fetching = asyncio.create_task(example.fetch_all(count=20, limit=5))
        await asyncio.sleep(0.2)
        alive = len(asyncio.all_tasks())
        await fetching
        return alive

    # This coroutine, fetch_all, and one task per request (15 of them
    # waiting for the semaphore): the limit is on requests, not tasks.
    assert asyncio.run(tasks_alive_while_fetching()) == 1 + 1 + 20


def test_a_semaphore_does_not_limit_the_rate(timed):
    async def quick_requests(count: int) -> None:
        semaphore = asyncio.Semaphore(5)

        async def quick() -> None:
            async with semaphore:
                await asyncio.sleep(0)  # a request that answers at once

        await asyncio.gather(*(quick() for _ in range(count)))

    # Five slots, five hundred turns: a limit of five per second would need 100 s; the
    # semaphore needs a fraction of one (debug mode and a busy machine add some).
    _, seconds = timed(quick_requests(500))
    assert seconds < 5.0
