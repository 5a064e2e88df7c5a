import asyncio

from guide.testing import assert_printed
from snippets.core_api import runner_one_loop as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "runner.run() #1: main has run 1x on this loop",
    "runner.run() #2: main has run 2x on this loop",
    "asyncio.run() #1: main has run 1x on this loop",
    "asyncio.run() #2: main has run 1x on this loop",
]


def test_runner_shares_a_loop_and_run_does_not(reader_run):
    assert_printed(reader_run("core_api.runner_one_loop"), EXPECTED)


def test_runner_keeps_one_loop_open_until_the_block_ends():
    async def current_loop() -> asyncio.AbstractEventLoop:
        return asyncio.get_running_loop()

    with asyncio.Runner() as runner:
        first = runner.run(current_loop())
        second = runner.run(current_loop())
        assert first is second is runner.get_loop()
        assert not first.is_closed()
    assert first.is_closed()


def test_asyncio_run_makes_and_closes_a_loop_per_call():
    loops = []

    async def record() -> None:
        loops.append(asyncio.get_running_loop())

    asyncio.run(record())
    asyncio.run(record())
    assert loops[0] is not loops[1]
    assert all(loop.is_closed() for loop in loops)


def test_counter_is_per_loop():
    with asyncio.Runner() as runner:
        assert [runner.run(example.main()) for _ in range(3)] == [1, 2, 3]
    assert asyncio.run(example.main()) == 1
