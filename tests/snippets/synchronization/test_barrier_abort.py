import asyncio

import pytest

from guide.testing import assert_printed
from snippets.synchronization import barrier_abort as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "waiting at the barrier: 2",
    "a: BrokenBarrierError",
    "b: BrokenBarrierError",
    "barrier.broken: True",
    # A broken barrier stays broken: a new waiter fails at once.
    "c, after the abort: BrokenBarrierError",
]


def test_reader_sees_every_waiter_fail(reader_run):
    assert_printed(reader_run("synchronization.barrier_abort"), EXPECTED)


def test_three_parties_pass_a_barrier_for_three():
    async def three() -> list[str]:
        barrier = asyncio.Barrier(3)
        return await asyncio.gather(*(example.party(name, barrier) for name in "abc"))

    assert asyncio.run(three(), debug=True) == ["a: passed", "b: passed", "c: passed"]


def test_reset_also_breaks_the_waiters_but_not_the_barrier():
    async def reset_while_waiting() -> tuple[str, bool]:
        barrier = asyncio.Barrier(2)
        waiting = asyncio.create_task(example.party("a", barrier))
        await asyncio.sleep(0.05)
        await barrier.reset()
        return await waiting, barrier.broken

    assert asyncio.run(reset_while_waiting(), debug=True) == ("a: BrokenBarrierError", False)


def test_a_waiter_on_a_broken_barrier_fails_at_once():
    async def wait_on_broken() -> None:
        barrier = asyncio.Barrier(2)
        await barrier.abort()
        async with asyncio.timeout(0.5):
            await barrier.wait()

    with pytest.raises(asyncio.BrokenBarrierError):
        asyncio.run(wait_on_broken(), debug=True)
