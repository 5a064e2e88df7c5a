"""Asserting that a task was cancelled, and failing any test that leaves a
task running."""

import asyncio

import pytest
import pytest_asyncio

from snippets.testing._run_tests import run_pytest


# --8<-- [start:tests]
class Heartbeat:
    """The code under test: a background task that beats until the
    ``async with`` block ends."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.beats = 0
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> "Heartbeat":
        self.task = asyncio.create_task(self._beat(), name="heartbeat")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.task.cancel()
        await asyncio.wait([self.task])  # until it has really stopped

    async def _beat(self) -> None:
        while True:
            self.beats += 1
            await asyncio.sleep(self.interval)


@pytest_asyncio.fixture(autouse=True)
async def no_leaked_tasks():
    yield
    # After each test: any task but this one was left running by it.
    this = asyncio.current_task()
    left = sorted(t.get_name() for t in asyncio.all_tasks() if t is not this)
    assert not left, f"left running: {left}"


@pytest.mark.asyncio
async def test_the_block_cancels_its_task():
    async with Heartbeat(0.01) as heartbeat:
        await asyncio.sleep(0.05)
    assert heartbeat.task.cancelled()
    assert heartbeat.beats >= 2


@pytest.mark.asyncio
async def test_leaks_a_task():
    # Fails on purpose: no `async with`, so nothing cancels the task.
    heartbeat = Heartbeat(0.01)
    await heartbeat.__aenter__()
    assert heartbeat.beats <= 1


# --8<-- [end:tests]


async def main() -> None:
    await run_pytest(__file__, "--tb=line")


if __name__ == "__main__":
    asyncio.run(main())
