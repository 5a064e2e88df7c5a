"""One ClientSession reuses its connections; a session per request cannot."""

import asyncio
import os
from collections import Counter
from types import SimpleNamespace

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
TIMEOUT = aiohttp.ClientTimeout(total=10)


def connection_tracer(counts: Counter[str]) -> aiohttp.TraceConfig:
    """A TraceConfig that counts new and reused connections."""

    async def created(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: object,
    ) -> None:
        counts["new"] += 1

    async def reused(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: object,
    ) -> None:
        counts["reused"] += 1

    trace = aiohttp.TraceConfig()
    trace.on_connection_create_end.append(created)
    trace.on_connection_reuseconn.append(reused)
    return trace


async def fetch(session: aiohttp.ClientSession, path: str) -> None:
    async with session.get(f"{BASE_URL}{path}") as response:
        response.raise_for_status()
        await response.read()  # a fully read body frees the connection


def report(label: str, counts: Counter[str]) -> None:
    print(f"{label}: {counts['new']} new, {counts['reused']} reused")


async def main() -> None:
    counts: Counter[str] = Counter()
    trace = connection_tracer(counts)
    async with aiohttp.ClientSession(
        timeout=TIMEOUT, trace_configs=[trace]
    ) as session:
        for _ in range(5):
            await fetch(session, "/get")
    report("one session, 5 requests in a row", counts)

    counts.clear()
    async with aiohttp.ClientSession(
        timeout=TIMEOUT, trace_configs=[trace]
    ) as session:
        for _ in range(2):
            # Five at once need five connections; the next round reuses them.
            await asyncio.gather(
                *(fetch(session, "/delay/0.1") for _ in range(5))
            )
    report("one session, 2 rounds of 5 at once", counts)

    counts.clear()
    for _ in range(5):
        # The anti-pattern: every session has a pool of its own, used once.
        async with aiohttp.ClientSession(
            timeout=TIMEOUT, trace_configs=[trace]
        ) as session:
            await fetch(session, "/get")
    report("a new session per request, 5 requests", counts)


if __name__ == "__main__":
    asyncio.run(main())
