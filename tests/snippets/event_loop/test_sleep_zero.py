import asyncio

from guide.testing import assert_printed
from snippets.event_loop import sleep_zero as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "without sleep(0): A A A B B B",
    "with sleep(0):    A B A B A B",
]


def test_without_a_yield_point_each_loop_runs_to_the_end():
    assert asyncio.run(example.run_both(yield_each_step=False)) == "A A A B B B"


def test_sleep_zero_lets_them_take_turns():
    assert asyncio.run(example.run_both(yield_each_step=True)) == "A B A B A B"


def test_prints_both_orders(reader_run):
    assert_printed(reader_run("event_loop.sleep_zero"), EXPECTED)


def test_sleep_zero_does_not_wait():
    async def many_yields() -> float:
        loop = asyncio.get_running_loop()
        started = loop.time()
        for _ in range(1_000):
            await asyncio.sleep(0)
        return loop.time() - started

    # A thousand yields take less time than one 0.5 s sleep, even on a busy machine
    # (without debug mode, whose per-step checks are what this would measure).
    assert asyncio.run(many_yields()) < 0.5
