from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "server: serving: True",
    "client: got b'BYE\\n'",
    # close() only starts closing; the socket is closed by wait_closed()'s return.
    "client: after close(), socket open: True",
    "client: after wait_closed(), socket open: False",
    # Leaving `async with server` closed the listening socket.
    "server: serving: False",
    "a new client: ConnectionRefusedError",
]


def test_close_then_wait_closed_and_the_server_refuses_after(reader_run):
    assert_printed(reader_run("streams.close_cleanly"), EXPECTED)
