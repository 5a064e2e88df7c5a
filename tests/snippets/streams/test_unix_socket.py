import asyncio
import sys

import pytest

from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "serving on app.sock: True",
    "IncompleteReadError: got b'abcd'",
    "LimitOverrunError after 100 bytes",
]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix domain sockets")


def test_unix_socket_server_and_stream_errors(reader_run):
    assert_printed(reader_run("streams.unix_socket"), EXPECTED)


def test_the_server_listens_on_a_file_path(tmp_path, capsys):
    from snippets.streams import unix_socket as example

    path = tmp_path / "t.sock"

    async def serve_once() -> bool:
        server = await asyncio.start_unix_server(example.handle, str(path))
        async with server:
            exists = path.exists()
            async with asyncio.timeout(5):
                await example.ask(str(path), b"SHORT\n")
        return exists

    assert asyncio.run(serve_once())
    assert capsys.readouterr().out == "IncompleteReadError: got b'abcd'\n"
