"""A line-protocol server (start_server) and client (open_connection)."""

import asyncio


async def handle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """One connection: answer each line in upper case, until QUIT."""
    try:
        while line := await reader.readline():
            command = line.decode().rstrip("\n")
            print(f"server: got {command!r}")
            if command == "QUIT":
                writer.write(b"BYE\n")
                await writer.drain()
                break
            writer.write(command.upper().encode() + b"\n")
            await writer.drain()
    finally:
        # The server ends the conversation: it closes first.
        writer.close()
        await writer.wait_closed()


async def talk(port: int, lines: list[str]) -> list[str]:
    """Send each line, read one answer per line, then read to the end."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        answers = []
        for line in lines:
            writer.write(line.encode() + b"\n")
            await writer.drain()
            answer = await reader.readline()
            print(f"client: got {answer.decode().rstrip()!r}")
            answers.append(answer.decode().rstrip("\n"))
        # b"" once the server has closed its end.
        print(f"client: then readline() returned {await reader.readline()}")
        return answers
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    # Port 0: the system picks a free port; nothing leaves this machine.
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        async with asyncio.timeout(5):  # a network call always has one
            await talk(port, ["hello", "streams", "QUIT"])
    print(f"server still serving: {server.is_serving()}")


if __name__ == "__main__":
    asyncio.run(main())
