"""The same work on asyncio's event loop and on uvloop's: TCP round trips
(loop work) and tasks that sleep (waiting); best of 3 rounds (measurement)."""

import asyncio
import time
from collections.abc import Awaitable, Callable

import uvloop

ROUND_TRIPS = 3_000
SLEEPERS = 500
NAP = 0.2  # seconds each sleeper waits
ROUNDS = 3
MESSAGE = b"x" * 64
LOOPS = {"asyncio": asyncio.new_event_loop, "uvloop": uvloop.new_event_loop}


async def round_trips() -> None:
    """ROUND_TRIPS messages sent and read back, one at a time."""
    echo_done = asyncio.Event()

    async def echo(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            while data := await reader.read(1024):
                writer.write(data)
                await writer.drain()
        finally:
            writer.close()
            await writer.wait_closed()
            echo_done.set()

    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for _ in range(ROUND_TRIPS):
                writer.write(MESSAGE)
                await writer.drain()
                await reader.readexactly(len(MESSAGE))
        finally:
            writer.close()
            await writer.wait_closed()
        # Let the server's handler end too, before the runner closes the
        # loop (on 3.11, leaving `async with server` does not wait for it).
        await echo_done.wait()


async def sleepers() -> None:
    """SLEEPERS tasks that each wait NAP seconds, all at once."""
    async with asyncio.TaskGroup() as group:
        for _ in range(SLEEPERS):
            group.create_task(asyncio.sleep(NAP))


def seconds_on(
    new_loop: Callable[[], asyncio.AbstractEventLoop],
    work: Callable[[], Awaitable[None]],
) -> float:
    with asyncio.Runner(loop_factory=new_loop) as runner:
        started = time.perf_counter()
        runner.run(work())
        return time.perf_counter() - started


async def main() -> None:
    works = {"round_trips": round_trips, "sleepers": sleepers}
    best = {f"{w}_{loop}": float("inf") for w in works for loop in LOOPS}
    for _ in range(ROUNDS):  # loops take turns: a busy moment hits both
        for work_name, work in works.items():
            for loop_name, new_loop in LOOPS.items():
                # Each run gets a fresh loop of its own in a worker thread.
                seconds = await asyncio.to_thread(seconds_on, new_loop, work)
                name = f"{work_name}_{loop_name}"
                best[name] = min(best[name], seconds)
    print(f"{ROUND_TRIPS} TCP round trips; {SLEEPERS} tasks sleeping {NAP}s")
    for name, seconds in best.items():
        print(f"{name}_s: {seconds:.3f}")
    for work_name in works:
        speedup = best[f"{work_name}_asyncio"] / best[f"{work_name}_uvloop"]
        verdict = "uvloop faster" if speedup >= 1.2 else "no gain"
        print(f"{work_name}_speedup: {speedup:.2f}")
        print(f"{work_name}: {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
