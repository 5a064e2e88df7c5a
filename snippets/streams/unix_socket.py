"""A server and client on a Unix domain socket (start_unix_server,
open_unix_connection: Unix only); readexactly() raises
IncompleteReadError and readuntil() LimitOverrunError."""

import asyncio
import tempfile
from pathlib import Path


async def handle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        request = await reader.readline()
        if request == b"SHORT\n":
            writer.write(b"abcd")  # promised 8 bytes, sends 4, hangs up
        else:
            writer.write(b"x" * 100 + b"\n")  # a line longer than allowed
        await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def ask(path: str, request: bytes) -> None:
    # limit: the most readuntil()/readline() will buffer for one line.
    reader, writer = await asyncio.open_unix_connection(path, limit=64)
    try:
        writer.write(request)
        await writer.drain()
        if request == b"SHORT\n":
            try:
                await reader.readexactly(8)
            except asyncio.IncompleteReadError as error:
                print(f"IncompleteReadError: got {error.partial!r}")
        else:
            try:
                await reader.readuntil(b"\n")
            except asyncio.LimitOverrunError as error:
                print(f"LimitOverrunError after {error.consumed} bytes")
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "app.sock")  # a file, not a port
        server: asyncio.Server = await asyncio.start_unix_server(handle, path)
        async with server:
            print(f"serving on {Path(path).name}: {server.is_serving()}")
            async with asyncio.timeout(5):
                await ask(path, b"SHORT\n")
                await ask(path, b"LONG\n")


if __name__ == "__main__":
    asyncio.run(main())
