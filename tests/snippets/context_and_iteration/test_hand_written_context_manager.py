import asyncio

import pytest

from guide.testing import assert_printed
from snippets.context_and_iteration import hand_written_context_manager as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "s1: opened",
    "s1: open inside the block: True",
    "s1: closed, __aexit__ got None",
    "s1: open after the block: False",
    "s2: opened",
    "s2: closed, __aexit__ got KeyError",
    "s2: caller caught KeyError('user')",
    "after Ignore(ValueError): no exception reached main",
    "Ignore(ValueError) let KeyError('other') through",
]


def test_aexit_sees_the_exception_and_true_swallows_it(reader_run):
    assert_printed(reader_run("context_and_iteration.hand_written_context_manager"), EXPECTED)


def test_aexit_runs_even_when_the_block_is_cancelled():
    session = example.Session("s")

    async def scenario() -> None:
        async with session:
            await asyncio.sleep(1)

    async def cancel_it() -> bool:
        task = asyncio.create_task(scenario())
        await asyncio.sleep(0.05)
        assert session.is_open
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return task.cancelled()

    assert asyncio.run(cancel_it())
    assert not session.is_open


def test_ignore_does_not_swallow_a_cancellation():
    async def scenario() -> None:
        async with example.Ignore(ValueError):
            raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(scenario())


class Recorder:
    def __init__(self, result: bool) -> None:
        self.result = result
        self.calls: list[tuple] = []

    async def __aenter__(self) -> str:
        return "bound by as"

    async def __aexit__(self, *args: object) -> bool:
        self.calls.append(args)
        return self.result


def test_aexit_gets_three_nones_or_the_exception():
    recorder = Recorder(result=True)
    error = KeyError("k")

    async def scenario() -> str:
        async with recorder as bound:
            pass
        async with recorder:
            raise error
        return bound

    assert asyncio.run(scenario()) == "bound by as"
    assert recorder.calls[0] == (None, None, None)
    assert recorder.calls[1][:2] == (KeyError, error)


def test_aexit_returning_true_for_everything_swallows_a_cancellation():
    async def scenario() -> tuple[bool, list[str]]:
        steps: list[str] = []

        async def guarded() -> None:
            async with Recorder(result=True):
                await asyncio.sleep(1)
            steps.append("carried on after the cancel")

        task = asyncio.create_task(guarded())
        await asyncio.sleep(0.05)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return task.cancelled(), steps

    assert asyncio.run(scenario()) == (False, ["carried on after the cancel"])
