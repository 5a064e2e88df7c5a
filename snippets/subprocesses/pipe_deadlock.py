"""wait() with stdout=PIPE hangs on a chatty child; communicate() does not."""

import asyncio
import sys

# One megabyte on stdout: more than the pipe and asyncio's buffer hold.
CHATTY = "import sys; sys.stdout.write('x' * int(sys.argv[1]))"


async def start(size: int) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHATTY,
        str(size),
        stdout=asyncio.subprocess.PIPE,
    )


async def wait_only(size: int, seconds: float) -> bool:
    """True if the child exited within ``seconds`` while nobody read."""
    proc = await start(size)
    try:
        async with asyncio.timeout(seconds):
            await proc.wait()
    except TimeoutError:
        proc.kill()
        # Not wait(): it also waits for stdout to close, and nobody reads
        # it. communicate() reads the rest, then reaps the child.
        await proc.communicate()
        return False
    return True


async def read_all(size: int) -> tuple[int, int | None]:
    """(bytes read, exit code) with communicate()."""
    proc = await start(size)
    async with asyncio.timeout(10):
        stdout, _ = await proc.communicate()
    return len(stdout), proc.returncode


async def main() -> None:
    exited = await wait_only(1_000_000, seconds=1.0)
    print(f"wait(): child exited within 1.0s: {exited}")
    size, code = await read_all(1_000_000)
    print(f"communicate(): read {size} bytes, exit code {code}")


if __name__ == "__main__":
    asyncio.run(main())
