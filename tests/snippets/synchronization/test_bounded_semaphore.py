import asyncio

import pytest

from guide.testing import assert_printed
from snippets.synchronization import bounded_semaphore as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    # The extra release became a third slot: the limit of 2 is gone.
    "Semaphore(2), one release too many: 3 at once",
    "BoundedSemaphore(2), one release too many: "
    "ValueError: BoundedSemaphore released too many times",
    "BoundedSemaphore(2): 2 at once",
]


def test_reader_sees_the_extra_slot_and_the_error(reader_run):
    assert_printed(reader_run("synchronization.bounded_semaphore"), EXPECTED)


def test_the_limit_holds_without_the_extra_release():
    async def limits() -> tuple[int, int]:
        return (
            await example.most_at_once(asyncio.Semaphore(2), 10),
            await example.most_at_once(asyncio.BoundedSemaphore(2), 10),
        )

    assert asyncio.run(limits(), debug=True) == (2, 2)


def test_a_plain_semaphore_accepts_any_number_of_extra_releases():
    async def released_three_times_too_often() -> int:
        semaphore = asyncio.Semaphore(2)
        for _ in range(3):
            semaphore.release()
        return await example.most_at_once(semaphore, 10)

    assert asyncio.run(released_three_times_too_often(), debug=True) == 5


def test_bounded_semaphore_refuses_the_release_and_keeps_its_limit():
    async def released_too_often() -> bool:
        semaphore = asyncio.BoundedSemaphore(2)
        async with semaphore:
            pass  # acquire and release: balanced, fine
        with pytest.raises(ValueError, match="released too many times"):
            semaphore.release()
        return semaphore.locked()

    assert asyncio.run(released_too_often(), debug=True) is False
