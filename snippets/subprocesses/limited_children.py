"""Six children, at most two running at once: a Semaphore around each."""

import asyncio
import sys
import time

# Each child works for 0.5 s, then says which one it was.
WORK = "import sys, time; time.sleep(0.5); print(sys.argv[1])"


class Running:
    """Counts the children alive right now and the most at once."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0

    def started(self) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    def ended(self) -> None:
        self.now -= 1


async def run_child(
    number: int,
    limit: asyncio.Semaphore,
    running: Running,
    spans: dict[int, tuple[float, float]],
) -> str:
    # The semaphore bounds live processes, not just tasks: take a slot
    # before the child starts, give it back after it has exited.
    async with limit:
        started = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            WORK,
            str(number),
            stdout=asyncio.subprocess.PIPE,
        )
        running.started()
        try:
            stdout, _ = await proc.communicate()
        finally:
            running.ended()
        spans[number] = (started, time.perf_counter())
    return stdout.decode().strip()


async def run_all(
    count: int, at_once: int
) -> tuple[list[str], int, dict[int, tuple[float, float]]]:
    """Run ``count`` children, ``at_once`` at most; (outputs, peak, spans)."""
    limit = asyncio.Semaphore(at_once)
    running = Running()
    spans: dict[int, tuple[float, float]] = {}
    async with asyncio.TaskGroup() as group:
        tasks = [
            group.create_task(run_child(n, limit, running, spans))
            for n in range(1, count + 1)
        ]
    return [task.result() for task in tasks], running.peak, spans


def overlapped(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


async def main() -> None:
    outputs, peak, spans = await run_all(count=6, at_once=2)
    print(f"children said: {' '.join(outputs)}")
    print(f"at most {peak} children running at once")
    side_by_side = overlapped(spans[1], spans[2])
    print(f"children 1 and 2 ran side by side: {side_by_side}")


if __name__ == "__main__":
    asyncio.run(main())
