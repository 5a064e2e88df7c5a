"""Loop scope: a server started once per module, shared by the tests that
run on the module's event loop."""

import asyncio

import pytest
import pytest_asyncio

from snippets.testing._run_tests import run_pytest


# --8<-- [start:tests]
async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port: int, text: str) -> str:
    """The code under test: one round trip to the echo server."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"{text}\n".encode())
        async with asyncio.timeout(5):
            return (await reader.readline()).decode().strip()
    finally:
        writer.close()
        await writer.wait_closed()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def server():
    # Started once for the module, on the module's event loop.
    started = await asyncio.start_server(echo, "127.0.0.1", 0)
    async with started:
        yield started


@pytest.mark.asyncio(loop_scope="module")
async def test_echo(server):
    port = server.sockets[0].getsockname()[1]
    assert await ask(port, "hello") == "hello"


@pytest.mark.asyncio(loop_scope="module")
async def test_same_loop_as_the_server(server):
    assert server.get_loop() is asyncio.get_running_loop()


@pytest.mark.asyncio  # loop_scope="function": a loop of its own
async def test_on_its_own_loop(server):
    # The server belongs to the module's loop, not to this test's.
    assert server.get_loop() is asyncio.get_running_loop(), "other loop"


# --8<-- [end:tests]


async def main() -> None:
    await run_pytest(__file__, "--tb=no")


if __name__ == "__main__":
    asyncio.run(main())
