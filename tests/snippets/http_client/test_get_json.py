import asyncio

import aiohttp
import pytest

from guide.testing import assert_printed
from snippets.http_client import get_json as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "status: 200",
    "content type: application/json",
    "query the server saw: {'q': 'asyncio', 'page': '2'}",
    "slideshow: 'Sample Slide Show', 2 slides",
]


def test_prints_what_the_server_echoed(reader_run):
    assert_printed(reader_run("http_client.get_json"), EXPECTED)


def test_uses_the_local_service(local_services):
    # The example reads HTTPBIN_URL when it is imported.
    assert local_services["HTTPBIN_URL"].startswith("http://127.0.0.1:")
    assert local_services["HTTPBIN_URL"] == example.BASE_URL


def test_an_error_status_raises_nothing_by_itself(local_services):
    async def get_404() -> int:
        timeout = aiohttp.ClientTimeout(total=5)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.get(f"{local_services['HTTPBIN_URL']}/status/404") as response,
        ):
            status = response.status  # no exception so far
            with pytest.raises(aiohttp.ClientResponseError) as raised:
                response.raise_for_status()
            assert raised.value.status == 404
            return status

    assert asyncio.run(get_404()) == 404
