"""Closing a connection and a server: close(), then wait_closed()."""

import asyncio


async def handle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while line := await reader.readline():
            if line == b"QUIT\n":
                writer.write(b"BYE\n")
                await writer.drain()
                break
            writer.write(line)
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def client(port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    sock = writer.get_extra_info("socket")
    try:
        writer.write(b"QUIT\n")
        await writer.drain()
        print(f"client: got {await reader.readline()}")
    finally:
        writer.close()  # starts closing: the socket closes a bit later
        print(f"client: after close(), socket open: {sock.fileno() >= 0}")
        await writer.wait_closed()  # returns once it is closed
        print(
            f"client: after wait_closed(), socket open: {sock.fileno() >= 0}"
        )


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # Leaving the block calls server.close() and await server.wait_closed().
    async with server:
        print(f"server: serving: {server.is_serving()}")
        async with asyncio.timeout(5):
            await client(port)
    print(f"server: serving: {server.is_serving()}")
    try:
        async with asyncio.timeout(5):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("a new client: ConnectionRefusedError")
    else:  # another program got the freed port meanwhile: unlikely
        writer.close()
        await writer.wait_closed()
        print("a new client: connected to another program")


if __name__ == "__main__":
    asyncio.run(main())
