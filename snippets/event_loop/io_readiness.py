"""Between callbacks the loop sleeps in the I/O selector until a socket
is readable or a timer is due."""

import asyncio
import selectors
import socket
import time


async def main() -> None:
    loop = asyncio.get_running_loop()
    # The selector asyncio picks: epoll on Linux, kqueue on macOS.
    print(f"I/O selector here: {selectors.DefaultSelector.__name__}")
    start = loop.time()
    cpu_start = time.process_time()
    received: asyncio.Future[bytes] = loop.create_future()

    reader, writer = socket.socketpair()
    with reader, writer:
        reader.setblocking(False)

        def on_readable() -> None:
            data = reader.recv(100)
            print(f"{loop.time() - start:.1f}s  reader callback: {data!r}")
            received.set_result(data)

        # Ask the selector to call on_readable once data arrives.
        loop.add_reader(reader, on_readable)
        try:
            # The other end of the "connection" sends after 0.5 s.
            loop.call_later(0.5, writer.send, b"ping")
            print("0.0s  main: awaits the data")
            async with asyncio.timeout(2):
                data = await received
        finally:
            loop.remove_reader(reader)

    cpu = time.process_time() - cpu_start
    print(f"{loop.time() - start:.1f}s  main: got {data!r}")
    print(f"CPU time used while waiting: {cpu:.1f}s")


if __name__ == "__main__":
    asyncio.run(main())
