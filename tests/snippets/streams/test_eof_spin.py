import asyncio

from guide.testing import assert_printed
from snippets.streams import eof_spin as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "the ticker ran in the first 0.1s: True",
    "readline() returned b'' 100000 times in a row",
    # The spin never gave the event loop a turn: every other task stood still.
    "the ticker ran while the handler spun: 0 times",
]


def test_the_spin_freezes_every_other_task(reader_run):
    assert_printed(reader_run("streams.eof_spin"), EXPECTED)


def test_readline_at_eof_returns_without_yielding(timed):
    async def reads_at_eof() -> tuple[int, int]:
        reader = asyncio.StreamReader()
        reader.feed_eof()
        ticker = example.Ticker()
        ticking = asyncio.create_task(ticker.run())
        await asyncio.sleep(0.05)
        before = ticker.ticks
        empty_reads = await example.skip_empty_lines(reader)
        ticks_during = ticker.ticks - before
        ticking.cancel()
        await asyncio.wait([ticking])
        return empty_reads, ticks_during

    (empty_reads, ticks_during), _ = timed(reads_at_eof())
    assert empty_reads == example.LIMIT
    assert ticks_during == 0


def test_stopping_at_b_empty_reads_once():
    async def correct_loop() -> int:
        reader = asyncio.StreamReader()
        reader.feed_data(b"\n")
        reader.feed_eof()
        reads = 0
        while True:
            line = await reader.readline()
            reads += 1
            if not line:  # b"": the end of the stream
                break
        return reads

    # One blank line, then the end: two reads, not a hundred thousand.
    assert asyncio.run(correct_loop()) == 2
