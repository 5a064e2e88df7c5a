"""A child that hangs: kill it when the timeout expires, then reap it."""

import asyncio
import signal
import sys
import time

HANG = "import time; time.sleep(60)"


async def run_with_timeout(seconds: float) -> tuple[int, int, float]:
    """Run a hanging child for at most ``seconds``; (pid, exit code, time)."""
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", HANG)
    try:
        async with asyncio.timeout(seconds):
            await proc.wait()
    except TimeoutError:
        # The timeout cancelled our wait, not the child: it still runs.
        proc.kill()
        # Reap it: wait() collects its exit status, so no zombie is left
        # and asyncio can close the process's transport.
        await proc.wait()
    assert proc.returncode is not None
    return proc.pid, proc.returncode, time.perf_counter() - started


async def main() -> None:
    _, code, elapsed = await run_with_timeout(0.5)
    print(f"gave up after {elapsed:.1f}s")
    # Unix: a negative exit code -N means "ended by signal N".
    print(f"exit code: {code} ({signal.Signals(-code).name})")


if __name__ == "__main__":
    asyncio.run(main())
