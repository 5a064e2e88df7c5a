"""The mistake: a read loop that ignores b"" spins and freezes the loop."""

import asyncio

LIMIT = 100_000  # the real mistake has no limit: it spins for ever


class Ticker:
    """Another task: counts how often the event loop got to run it."""

    def __init__(self) -> None:
        self.ticks = 0

    async def run(self) -> None:
        while True:
            await asyncio.sleep(0.01)
            self.ticks += 1


async def skip_empty_lines(reader: asyncio.StreamReader) -> int:
    """The mistake: treats b"" as an empty line and reads on."""
    empty_reads = 0
    for _ in range(LIMIT):
        line = await reader.readline()
        if not line.strip():
            empty_reads += 1
            continue  # should stop: b"" means the client is gone
    return empty_reads


async def main() -> None:
    ticker = Ticker()
    ticking = asyncio.create_task(ticker.run())
    results: asyncio.Queue[tuple[int, int, int]] = asyncio.Queue()

    async def handle(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        await asyncio.sleep(0.1)  # by now the client has hung up
        ticks_before = ticker.ticks
        empty_reads = await skip_empty_lines(reader)
        ticks_during = ticker.ticks - ticks_before
        writer.close()
        await writer.wait_closed()
        await results.put((ticks_before, empty_reads, ticks_during))

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(5):
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.close()  # the client hangs up at once
        await writer.wait_closed()
        ticks_before, empty_reads, ticks_during = await results.get()
    ticking.cancel()
    await asyncio.wait([ticking])  # let it finish being cancelled
    print(f"the ticker ran in the first 0.1s: {ticks_before > 0}")
    print(f"readline() returned b'' {empty_reads} times in a row")
    print(f"the ticker ran while the handler spun: {ticks_during} times")


if __name__ == "__main__":
    asyncio.run(main())
