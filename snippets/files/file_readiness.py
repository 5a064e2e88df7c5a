"""The event loop can wait until a pipe is readable, but it cannot wait on a
regular file: on Linux, epoll refuses one."""

import asyncio
import os
import selectors
import tempfile


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f"I/O selector here: {selectors.DefaultSelector.__name__}")

    # A pipe: the loop calls us back once data arrives.
    read_end, write_end = os.pipe()
    try:
        readable = loop.create_future()

        def on_readable() -> None:
            loop.remove_reader(read_end)
            readable.set_result(os.read(read_end, 100))

        loop.add_reader(read_end, on_readable)
        loop.call_later(0.1, os.write, write_end, b"data")
        async with asyncio.timeout(2):
            print(f"pipe: add_reader woke us with {await readable!r}")
    finally:
        loop.remove_reader(read_end)
        os.close(read_end)
        os.close(write_end)

    # A regular file on disk: no readiness to wait for.
    with tempfile.TemporaryFile() as file:
        try:
            loop.add_reader(file.fileno(), print, "never called")
        except PermissionError as error:
            print(
                f"regular file: add_reader raised PermissionError: "
                f"{error.strerror}"
            )
        else:
            # kqueue (macOS) accepts it, but "readable" there only means
            # data lies ahead: the read itself may still wait for the disk.
            loop.remove_reader(file.fileno())
            print("regular file: accepted (this selector is not epoll)")


if __name__ == "__main__":
    asyncio.run(main())
