"""Five clients at once: each connection is served by its own task."""

import asyncio
import time

WORK_SECONDS = 0.5  # what the server spends on one request


class Connections:
    """Counts the connections being served, and the most at once."""

    def __init__(self) -> None:
        self.open = 0
        self.peak = 0

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """One request per connection: read a line, work, answer, close."""
        self.open += 1
        self.peak = max(self.peak, self.open)
        try:
            name = (await reader.readline()).decode().strip()
            await asyncio.sleep(WORK_SECONDS)  # a slow lookup, say
            writer.write(f"hello, {name}\n".encode())
            await writer.drain()
        finally:
            self.open -= 1
            writer.close()
            await writer.wait_closed()


async def ask(port: int, name: str, started: float) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"{name}\n".encode())
        await writer.drain()
        answer = (await reader.readline()).decode().strip()
        await reader.read()  # to the end: the server closes first
    finally:
        writer.close()
        await writer.wait_closed()
    return f"{time.perf_counter() - started:.1f}s  {name}: {answer!r}"


async def serve_clients(count: int) -> tuple[list[str], int, float]:
    """Serve `count` clients at once; (their lines, peak, seconds)."""
    connections = Connections()
    server = await asyncio.start_server(connections.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    started = time.perf_counter()
    async with server, asyncio.timeout(5):
        lines = await asyncio.gather(
            *(ask(port, f"client {i}", started) for i in range(1, count + 1))
        )
    return lines, connections.peak, time.perf_counter() - started


async def main() -> None:
    lines, peak, elapsed = await serve_clients(5)
    for line in lines:
        print(line)
    print(f"connections served at once: {peak}")
    print(f"5 clients in {elapsed:.1f}s; one at a time would take 2.5s")


if __name__ == "__main__":
    asyncio.run(main())
