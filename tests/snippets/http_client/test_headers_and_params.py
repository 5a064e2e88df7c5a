import asyncio

import aiohttp

from guide.testing import assert_printed

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    # Repeated key kept, "é" as UTF-8 percent-escapes, "&" escaped, space as "+".
    "request line: GET /get?tag=asyncio&tag=http&q=caf%C3%A9+%26+tea",
    "the server decoded q as: 'café & tea'",
    # The session's two defaults and the request's own header all arrived.
    "  User-Agent: asyncio-guide/1.0",
    "  Accept: application/json",
    "  X-Request-Id: 7",
    "per-request User-Agent: override/2.0",
]


def test_encoding_defaults_and_override(reader_run):
    assert_printed(reader_run("http_client.headers_and_params"), EXPECTED)


def test_without_a_default_aiohttp_names_itself(local_services):
    async def user_agent() -> str:
        timeout = aiohttp.ClientTimeout(total=5)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.get(f"{local_services['HTTPBIN_URL']}/user-agent") as response,
        ):
            return (await response.json())["user-agent"]

    seen = asyncio.run(user_agent())
    assert seen.startswith("Python/3.")
    assert seen.endswith(f"aiohttp/{aiohttp.__version__}")


def test_a_hand_built_query_string_is_cut_at_the_ampersand(local_services):
    async def naive_args() -> dict[str, str]:
        timeout = aiohttp.ClientTimeout(total=5)
        url = f"{local_services['HTTPBIN_URL']}/get?q=café & tea"
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.get(url) as response,
        ):
            return (await response.json())["args"]

    # "&" ended the value: q lost its tail, which became a key of its own.
    assert asyncio.run(naive_args()) == {"q": "café ", " tea": ""}
