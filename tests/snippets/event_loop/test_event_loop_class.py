import asyncio

from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "asyncio.EventLoop is asyncio.SelectorEventLoop: True",
    "asyncio.run() runs an EventLoop: True",
    "run(loop_factory=asyncio.EventLoop): True",
    "Runner(loop_factory=asyncio.EventLoop): True",
]


def test_event_loop_names_the_default_loop_class(reader_run):
    assert_printed(reader_run("event_loop.event_loop_class"), EXPECTED)


def test_asyncio_run_makes_an_event_loop_by_default():
    async def loop_class() -> type:
        return type(asyncio.get_running_loop())

    assert issubclass(asyncio.run(loop_class()), asyncio.EventLoop)
