"""A half-closed connection: the client is done sending, not receiving."""

import asyncio


async def count_lines(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """Reads lines until the client has no more, then answers a count."""
    lines = 0
    while line := await reader.readline():
        lines += 1
    # b"": the client sent EOF. Our direction is still open.
    print(
        f"server: readline() returned {line}, at_eof(): "
        f"{reader.at_eof()}, after {lines} lines"
    )
    writer.write(f"you sent {lines} lines\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(count_lines, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(5):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            writer.write(b"one\ntwo\nthree\n")
            writer.write_eof()  # "no more from me": a FIN, not a close
            print("client: sent 3 lines, then write_eof()")
            print(f"client: got {await reader.readline()}")
            print(
                f"client: then readline() returned {await reader.readline()}"
            )
        finally:
            writer.close()
            await writer.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
