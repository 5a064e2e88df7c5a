"""Testing an HTTP client against a real local server: aiohttp's
TestServer on 127.0.0.1 and a free port."""

import asyncio

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer

from snippets.testing._run_tests import run_pytest


# --8<-- [start:tests]
async def get_user(
    session: aiohttp.ClientSession, base_url: str, user_id: int
) -> dict | None:
    """The code under test: a user's record, or None if there is none."""
    async with session.get(f"{base_url}/users/{user_id}") as response:
        if response.status == 404:
            return None
        response.raise_for_status()  # any other error is the caller's
        return await response.json()


async def user(request: web.Request) -> web.Response:
    user_id = int(request.match_info["id"])
    if user_id == 1:
        return web.json_response({"id": 1, "name": "Ada"})
    if user_id == 500:
        raise web.HTTPInternalServerError()
    raise web.HTTPNotFound()


@pytest_asyncio.fixture
async def base_url():
    app = web.Application()
    app.router.add_get("/users/{id}", user)
    # Listens on 127.0.0.1 on a port the system picks; stops after the test.
    async with TestServer(app) as server:
        yield str(server.make_url("")).rstrip("/")


@pytest_asyncio.fixture
async def session():
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as client:
        yield client


@pytest.mark.asyncio
async def test_known_user(session, base_url):
    assert await get_user(session, base_url, 1) == {"id": 1, "name": "Ada"}


@pytest.mark.asyncio
async def test_unknown_user_is_none(session, base_url):
    assert await get_user(session, base_url, 2) is None


@pytest.mark.asyncio
async def test_server_error_raises(session, base_url):
    with pytest.raises(aiohttp.ClientResponseError) as error:
        await get_user(session, base_url, 500)
    assert error.value.status == 500


# --8<-- [end:tests]


async def main() -> None:
    await run_pytest(__file__)


if __name__ == "__main__":
    asyncio.run(main())
