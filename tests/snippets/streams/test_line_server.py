import asyncio

from guide.testing import assert_printed
from snippets.streams import line_server as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "server: got 'hello'",
    "client: got 'HELLO'",
    "server: got 'streams'",
    "client: got 'STREAMS'",
    "server: got 'QUIT'",
    "client: got 'BYE'",
    # The server closed its end after BYE: the client reads the end.
    "client: then readline() returned b''",
    "server still serving: False",
]


def test_client_sees_one_answer_per_line_then_the_end(reader_run):
    assert_printed(reader_run("streams.line_server"), EXPECTED)


async def raw_exchange(data: bytes) -> bytes:
    """Send ``data`` in one write to the example's server; all it sends back."""
    server = await asyncio.start_server(example.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(5):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(data)
        await writer.drain()
        answer = await reader.read()  # to the end: the server closes
        writer.close()
        await writer.wait_closed()
    return answer


def test_lines_sent_in_one_write_are_answered_one_by_one(timed, capsys):
    # TCP has no messages, only bytes: readline() is what splits them.
    answer, _ = timed(raw_exchange(b"one\ntwo\nQUIT\n"))
    assert answer == b"ONE\nTWO\nBYE\n"
    assert capsys.readouterr().out.splitlines() == [
        "server: got 'one'",
        "server: got 'two'",
        "server: got 'QUIT'",
    ]


def test_a_client_that_hangs_up_ends_its_handler(timed):
    async def hang_up_at_once() -> bool:
        ended = asyncio.Event()

        async def handle(reader, writer) -> None:
            await example.handle(reader, writer)
            ended.set()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            await writer.wait_closed()
            # readline() gives b"" and the while loop ends: no QUIT needed.
            await asyncio.wait_for(ended.wait(), 2)
        return ended.is_set()

    assert timed(hang_up_at_once())[0]
