"""server.wait_closed() waits for open connections from Python 3.12 on."""

import asyncio
import functools
import sys
import time


async def handle(
    running: set[asyncio.Task[None]],
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
) -> None:
    task = asyncio.current_task()
    assert task is not None
    running.add(task)  # the handler tasks that have not finished
    try:
        while line := await reader.readline():  # until the client closes
            writer.write(line.upper())
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()
        running.discard(task)


async def hang_up_later(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> bytes:
    """The client: one last line after 0.5 s, then it closes."""
    try:
        await asyncio.sleep(0.5)
        writer.write(b"bye\n")
        await writer.drain()
        return await reader.readline()
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
    running: set[asyncio.Task[None]] = set()
    handler = functools.partial(handle, running)
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with asyncio.timeout(5):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        started = time.perf_counter()
        client = asyncio.create_task(hang_up_later(reader, writer))
        server.close()  # stops accepting; the open connection stays
        print(f"server: serving: {server.is_serving()}")
        await server.wait_closed()
        elapsed = time.perf_counter() - started
        print(
            "server: handlers still running after wait_closed(): "
            f"{len(running)}"
        )
        print(f"server: wait_closed() returned at {elapsed:.1f}s")
        print(f"client: got {await client}, then hung up")
        # On 3.11 the handler may still be running here: wait for it, or
        # asyncio.run() cancels it on the way out.
        await asyncio.gather(*running)
    print("server: every handler has finished")


if __name__ == "__main__":
    asyncio.run(main())
