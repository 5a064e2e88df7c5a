import asyncio

from guide.testing import assert_printed, seconds_in, took
from snippets.cancellation import shield as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "save: writing order 42",
    "handler: cancelled at 0.3s, the save goes on",
    "main: handler cancelled: True",
    "main: save cancelled: False, done: False",
    "save: done at 1.0s",
    "main: 'order 42 saved' at 1.0s",
]


def test_the_shielded_task_finishes_after_the_waiter_is_cancelled(reader_run):
    lines = reader_run("cancellation.shield")
    assert_printed(lines, EXPECTED)
    cancelled_at = seconds_in(lines[1])
    saved_at = seconds_in(lines[4])
    assert cancelled_at < saved_at


def test_main_waits_for_the_save(timed):
    _, seconds = timed(example.main())
    assert took(seconds, 1.0)


def test_without_shield_the_save_is_cancelled_too():
    async def handler(save: asyncio.Task[str]) -> str:
        return await save  # no shield

    async def main() -> bool:
        save = asyncio.create_task(example.save_order(0.0))
        waiter = asyncio.create_task(handler(save))
        await asyncio.sleep(0.1)
        waiter.cancel()
        await asyncio.gather(waiter, save, return_exceptions=True)
        return save.cancelled()

    assert asyncio.run(main()) is True


def test_shielding_a_coroutine_runs_it_in_a_task_of_its_own():
    finished = []

    async def save() -> None:
        await asyncio.sleep(0.2)
        finished.append("saved")

    async def handler() -> None:
        await asyncio.shield(save())

    async def main() -> None:
        waiter = asyncio.create_task(handler())
        await asyncio.sleep(0.05)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
        assert finished == []
        await asyncio.sleep(0.3)  # nothing to await: no reference to it

    asyncio.run(main())
    assert finished == ["saved"]
