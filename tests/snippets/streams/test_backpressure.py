import asyncio

from guide.testing import assert_printed
from snippets.streams import backpressure as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "without drain(): 16 MiB arrived; the buffer held over 4 MiB: True",
    "with drain():    16 MiB arrived; the buffer held at most 128 KiB: True",
]


def test_only_drain_keeps_the_buffer_small(reader_run):
    assert_printed(reader_run("streams.backpressure"), EXPECTED)


async def send_both_ways() -> dict[bool, tuple[int, int, int]]:
    server = await asyncio.start_server(example.slow_reader, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(10):
        return {use_drain: await example.send(port, use_drain) for use_drain in (False, True)}


def test_the_buffer_sizes_behind_the_verdicts(timed):
    runs, _ = timed(send_both_ways())
    total = example.CHUNKS * len(example.CHUNK)
    no_drain_peak, high_water, no_drain_received = runs[False]
    drain_peak, _, drain_received = runs[True]
    assert no_drain_received == drain_received == total
    # Without drain() the kernel took a few MiB and the rest piled up here.
    assert no_drain_peak > 4 * 1024 * 1024
    # With it, never more than the high-water mark plus the chunk just written,
    # and the high-water mark is asyncio's default, 64 KiB.
    assert high_water == 64 * 1024
    assert drain_peak <= high_water + len(example.CHUNK)
