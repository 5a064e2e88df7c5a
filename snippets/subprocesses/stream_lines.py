"""Read a child's output line by line while it still runs."""

import asyncio
import sys
import time

# Three lines, 0.3 s apart. flush=True: a Python child whose stdout is a
# pipe keeps its lines in a buffer until it exits, unless it flushes.
TICKER = """
import time
for n in range(1, 4):
    print(f"line {n}", flush=True)
    time.sleep(0.3)
"""


async def stream(
    code: str = TICKER, env: dict[str, str] | None = None
) -> list[tuple[float, str, bool]]:
    """(seconds after the first line, line, child still running) per line."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE, env=env
    )
    assert proc.stdout is not None
    arrivals: list[tuple[float, str, bool]] = []
    first = None
    # A StreamReader is an async iterator of lines; it ends at end of file.
    async for raw in proc.stdout:
        now = time.perf_counter()
        first = now if first is None else first
        running = proc.returncode is None
        arrivals.append((now - first, raw.decode().rstrip(), running))
    await proc.wait()
    return arrivals


async def main() -> None:
    for seconds, line, running in await stream():
        state = "running" if running else "exited"
        print(f"{seconds:.1f}s  {line} (child {state})")


if __name__ == "__main__":
    asyncio.run(main())
