import asyncio

from guide.testing import assert_printed
from snippets.streams import half_closed as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "client: sent 3 lines, then write_eof()",
    # The server's readline() saw the client's EOF as b""...
    "server: readline() returned b'', at_eof(): True, after 3 lines",
    # ...and could still answer: only one direction was closed.
    "client: got b'you sent 3 lines\\n'",
    "client: then readline() returned b''",
]


def test_the_server_answers_after_the_clients_eof(reader_run):
    assert_printed(reader_run("streams.half_closed"), EXPECTED)


def test_after_write_eof_the_client_still_reads(timed, capsys):
    async def send_then_eof(lines: int) -> tuple[bool, bytes, bool]:
        server = await asyncio.start_server(example.count_lines, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server, asyncio.timeout(5):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"x\n" * lines)
            writer.write_eof()
            # Half-closed, not closed: the transport is not closing.
            closing = writer.transport.is_closing()
            answer = await reader.readline()
            at_end = await reader.readline() == b""
            writer.close()
            await writer.wait_closed()
        return closing, answer, at_end

    (closing, answer, at_end), _ = timed(send_then_eof(5))
    assert not closing
    # The server counted only once the EOF came: all five lines.
    assert answer == b"you sent 5 lines\n"
    assert at_end
    assert "after 5 lines" in capsys.readouterr().out
