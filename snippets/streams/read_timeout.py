"""A read timeout on the server drops a client that stays silent."""

import asyncio
import functools
import time

IDLE_LIMIT = 1.0  # seconds a client may stay silent between lines


class Clock:
    def __init__(self) -> None:
        self.started = time.perf_counter()

    def log(self, message: str) -> None:
        print(f"{time.perf_counter() - self.started:.1f}s  {message}")


async def handle(
    clock: Clock,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
) -> None:
    try:
        while True:
            try:
                # The limit is per line, not for the whole connection.
                async with asyncio.timeout(IDLE_LIMIT):
                    line = await reader.readline()
            except TimeoutError:
                clock.log(f"server: silent for {IDLE_LIMIT}s, dropping it")
                break
            if not line or line == b"QUIT\n":
                break
            writer.write(b"OK " + line)
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def talker(port: int, clock: Clock) -> None:
    """Sends a line every 0.4 s: never silent for a whole second."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for number in range(1, 4):
            await asyncio.sleep(0.4)
            writer.write(f"line {number}\n".encode())
            await writer.drain()
            answer = await reader.readline()
            clock.log(f"talker: got {answer.decode().strip()!r}")
        writer.write(b"QUIT\n")
        await writer.drain()
        await reader.read()  # to the end: the server closes first
    finally:
        writer.close()
        await writer.wait_closed()


async def silent(port: int, clock: Clock) -> None:
    """Connects, says nothing, and waits for a line that never comes."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        line = await reader.readline()
        clock.log(f"silent: readline() returned {line}: the server hung up")
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    clock = Clock()
    handler = functools.partial(handle, clock)
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(5):
        await asyncio.gather(talker(port, clock), silent(port, clock))


if __name__ == "__main__":
    asyncio.run(main())
