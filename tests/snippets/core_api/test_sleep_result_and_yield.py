import asyncio

from guide.testing import assert_printed, took
from snippets.core_api import sleep_result_and_yield as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "asyncio.sleep(0.1, result=...) returned 'wake-up value'",
    "without sleep(0): a1 a2 a3 b1 b2 b3",
    "with sleep(0):    a1 b1 a2 b2 a3 b3",
]


def test_sleep_result_and_interleaving(reader_run):
    assert_printed(reader_run("core_api.sleep_result_and_yield"), EXPECTED)


def test_sleep_returns_its_result_after_the_delay(timed):
    value, seconds = timed(asyncio.sleep(0.5, result=42))
    assert value == 42
    assert took(seconds, 0.5)


def test_sleep_zero_switches_tasks():
    assert asyncio.run(example.two_counters(yield_each_step=True)) == ("a1 b1 a2 b2 a3 b3")
    assert asyncio.run(example.two_counters(yield_each_step=False)) == ("a1 a2 a3 b1 b2 b3")
