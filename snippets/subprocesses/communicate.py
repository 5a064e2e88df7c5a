"""Run a child, send it input and read what it prints with communicate()."""

import asyncio
import sys

# The child: Python itself, so the example runs wherever Python does.
SHOUT = "import sys; sys.stdout.write(sys.stdin.read().upper())"


async def shout(text: str) -> tuple[str, int]:
    """Run the child with ``text`` on stdin; (its stdout, its exit code)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        SHOUT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    # Writes the input, closes stdin (the child sees end of file), reads
    # stdout to the end and waits for the child to exit: all in one call.
    stdout, _ = await proc.communicate(text.encode())
    assert proc.returncode is not None  # communicate() waited for it
    return stdout.decode(), proc.returncode


async def main() -> None:
    output, code = await shout("hello, child\n")
    print(f"the child printed: {output!r}")
    print(f"exit code: {code}")


if __name__ == "__main__":
    asyncio.run(main())
