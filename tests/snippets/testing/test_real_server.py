import asyncio

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from guide.testing import assert_printed
from snippets.testing import real_server as example

EXPECTED = [
    "$ python -m pytest real_server.py -q",
    "...                                                                     [100%]",
    "3 passed",
]


def test_the_client_tests_pass_against_the_local_server(reader_run):
    assert_printed(reader_run("testing.real_server"), EXPECTED)


def test_the_test_server_listens_on_loopback_on_a_free_port():
    async def where() -> tuple[str, int, dict | None]:
        app = web.Application()
        app.router.add_get("/users/{id}", example.user)
        async with TestServer(app) as server, aiohttp.ClientSession() as session:
            found = await example.get_user(session, str(server.make_url("")).rstrip("/"), 1)
            return server.host, server.port, found

    host, port, found = asyncio.run(where())
    assert host == "127.0.0.1"
    assert port > 0
    assert found == {"id": 1, "name": "Ada"}
