"""writer.drain() waits while the peer reads slowly: memory stays bounded."""

import asyncio

CHUNK = b"x" * 64 * 1024
CHUNKS = 256  # 16 MiB in all
MiB = 1024 * 1024


async def slow_reader(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """Reads nothing for 0.3 s, then everything; answers the byte count."""
    await asyncio.sleep(0.3)
    received = 0
    while chunk := await reader.read(64 * 1024):
        received += len(chunk)
    writer.write(f"{received}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def send(port: int, use_drain: bool) -> tuple[int, int, int]:
    """Write 16 MiB; (the most the write buffer held, its high-water
    mark, the bytes the server received)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        _, high_water = writer.transport.get_write_buffer_limits()
        peak = 0
        for _ in range(CHUNKS):
            writer.write(CHUNK)
            # Bytes the kernel did not take yet wait here, in our memory.
            peak = max(peak, writer.transport.get_write_buffer_size())
            if use_drain:
                await writer.drain()  # waits while the buffer is full
        writer.write_eof()
        received = int(await reader.readline())
    finally:
        writer.close()
        await writer.wait_closed()
    return peak, high_water, received


async def main() -> None:
    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(5):
        peak, high_water, received = await send(port, use_drain=False)
        print(
            f"without drain(): {received // MiB} MiB arrived; "
            f"the buffer held over 4 MiB: {peak > 4 * MiB}"
        )
        peak, high_water, received = await send(port, use_drain=True)
        # drain() waits while the buffer is over the high-water mark, so
        # it never holds more than that plus the one chunk just written.
        bound = high_water + len(CHUNK)
        print(
            f"with drain():    {received // MiB} MiB arrived; "
            f"the buffer held at most {bound // 1024} KiB: {peak <= bound}"
        )


if __name__ == "__main__":
    asyncio.run(main())
