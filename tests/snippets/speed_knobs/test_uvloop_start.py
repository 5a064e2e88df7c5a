import asyncio

import pytest
import uvloop

from guide.testing import assert_printed
from snippets.speed_knobs import uvloop_start as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "asyncio.run: asyncio.unix_events._UnixSelectorEventLoop",
    "with_uvloop_run: uvloop.Loop",
    "with_runner: uvloop.Loop",
]


def test_both_ways_run_the_program_on_uvloop(reader_run):
    assert_printed(reader_run("speed_knobs.uvloop_start"), EXPECTED)


def test_the_runner_closes_the_uvloop_loop_it_made():
    made: list[asyncio.AbstractEventLoop] = []

    def factory() -> asyncio.AbstractEventLoop:
        made.append(uvloop.new_event_loop())
        return made[-1]

    with asyncio.Runner(loop_factory=factory) as runner:
        assert runner.run(example.which_loop()) == "uvloop.Loop"
    assert isinstance(made[0], uvloop.Loop)
    assert made[0].is_closed()


def test_a_thread_that_runs_a_loop_cannot_start_another():
    async def start_here() -> None:
        coroutine = example.which_loop()
        with pytest.raises(RuntimeError, match="running event loop"):
            asyncio.run(coroutine)
        coroutine.close()  # never started: close it, or it warns

    asyncio.run(start_here())
