import asyncio

from guide.testing import assert_printed, took
from snippets.testing import short_deadline as example

EXPECTED = [
    "$ python -m pytest short_deadline.py -q",
    "...                                                                     [100%]",
    "3 passed",
]


def test_the_timeout_tests_pass(reader_run):
    assert_printed(reader_run("testing.short_deadline"), EXPECTED)


def test_a_short_deadline_gives_up_at_that_deadline(timed):
    price, seconds = timed(example.price_or_cached(example.never_answers, 4.0, limit=0.2))
    assert price == 4.0
    assert took(seconds, 0.2)


def test_the_default_deadline_is_the_long_one():
    # What the tests avoid waiting for: a hanging fetch holds a caller 5 s.
    async def still_waiting_after_a_second() -> bool:
        call = asyncio.create_task(example.price_or_cached(example.never_answers, 4.0))
        await asyncio.sleep(1)
        waiting = not call.done()
        call.cancel()
        await asyncio.wait([call])
        return waiting

    assert asyncio.run(still_waiting_after_a_second())
