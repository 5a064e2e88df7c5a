import asyncio

from guide.testing import assert_printed
from snippets.http_client import global_session as example

TUTORIAL_CLASS = [
    # close() never ran: gather raised first.
    "run 1: ClientResponseError: 500 Internal Server Error",
    "run 1: session open after asyncio.run: True",
    # The next asyncio.run gets the same session, whose event loop is closed:
    # an error that says nothing about the request.
    "run 2: RuntimeError: Event loop is closed",
    "run 2: session open after asyncio.run: True",
    # What the reader sees when the program drops the open session (the
    # warnings are ResourceWarnings; the suite forbids the word in outputs).
    "asyncio logged: Unclosed client session",
    "Python warned: Unclosed client session <aiohttp.client.ClientSession>",
    "asyncio logged: Unclosed connector",
    "Python warned: Unclosed connector <aiohttp.connector.TCPConnector>",
    "Python warned: unclosed transport <_SelectorSocketTransport>",
]
FIXED = [
    # Every run reports the server's error and closes its own session.
    "fixed: ClientResponseError: 500 Internal Server Error",
    "fixed: session closed: True",
    "fixed: ClientResponseError: 500 Internal Server Error",
    "fixed: session closed: True",
]


def test_the_tutorial_class_fails_across_runs_and_the_fix_does_not(reader_run):
    assert_printed(reader_run("http_client.global_session"), TUTORIAL_CLASS + FIXED)


def test_the_class_is_the_tutorials_with_close(capsys):
    """The critique is about the class as written: it has close(), and close()
    does close the session when nothing raises before it."""

    async def all_succeed() -> None:
        session = await example.HttpClient.get_session()
        assert await example.HttpClient.get_session() is session
        await example.HttpClient.close()
        assert session.closed

    asyncio.run(all_succeed())
    example.HttpClient._session = None


def test_main_closes_its_session_on_every_run(capsys):
    for _ in range(2):
        asyncio.run(example.main())
    assert_printed(capsys.readouterr().out.splitlines(), FIXED)
