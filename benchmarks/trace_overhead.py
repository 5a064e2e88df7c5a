"""What tracing adds to an example's run time (issue 17's target: at most 10 %).

Each example a page draws a timeline of runs plain (``python -m snippets.<x>``) and
traced (``python -m guide.tracing TRACE snippets.<x>``), alternately, ``ROUNDS`` times;
the figure is the median traced time over the median plain time, whole process included
(interpreter start, imports, the example, writing the trace). A last pair runs a
worst case that is no example: three tasks passing the loop 20,000 times each with
``sleep(0)``, all steps and no waiting, so the cost of each traced step shows.

Prints ``name: value`` lines. Run it with ``uvx nox -s bench_trace``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from guide import services
from guide.examples import ROOT, Example, run
from guide.includes import traced_names

ROUNDS = 3
BUSY = """
import asyncio


async def spin(turns: int) -> None:
    for _ in range(turns):
        await asyncio.sleep(0)


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        for _ in range(3):
            group.create_task(spin(20_000))


if __name__ == "__main__":
    asyncio.run(main())
"""


def seconds(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    # The module is in cwd; guide.tracing is found through PYTHONPATH.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def main() -> None:
    names = sorted(traced_names())
    needed = set().union(*(services.needs(Example(n).path.read_text("utf-8")) for n in names))
    overheads = []
    with services.running(needed) as env:
        for name in names:
            example = Example(name)
            plain, traced = [], []
            for _ in range(ROUNDS):
                plain.append(run(example, env=env).seconds)
                traced.append(run(example, env=env, traced=True).seconds)
            overhead = 100 * (statistics.median(traced) / statistics.median(plain) - 1)
            overheads.append(overhead)
            key = name.replace(".", "_")
            print(f"{key}_plain_s: {statistics.median(plain):.3f}")
            print(f"{key}_traced_s: {statistics.median(traced):.3f}")
            print(f"{key}_overhead_percent: {overhead:.1f}")
    print(f"examples_overhead_percent_max: {max(overheads):.1f}")
    print(f"examples_overhead_percent_median: {statistics.median(overheads):.1f}")

    with tempfile.TemporaryDirectory(prefix="guide-trace-bench-") as folder:
        (Path(folder) / "busy_loop.py").write_text(BUSY, encoding="utf-8")
        trace = str(Path(folder) / "trace.json")
        plain, traced = [], []
        for _ in range(ROUNDS):
            plain.append(seconds([sys.executable, "-m", "busy_loop"], Path(folder)))
            command = [sys.executable, "-m", "guide.tracing", trace, "busy_loop"]
            traced.append(seconds(command, Path(folder)))
        steps = 3 * 20_000
        extra = statistics.median(traced) - statistics.median(plain)
        print(f"busy_loop_plain_s: {statistics.median(plain):.3f}")
        print(f"busy_loop_traced_s: {statistics.median(traced):.3f}")
        print(f"busy_loop_overhead_percent: {100 * extra / statistics.median(plain):.1f}")
        print(f"per_step_us: {1e6 * extra / steps:.1f}")


if __name__ == "__main__":
    main()
