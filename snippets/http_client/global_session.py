"""A session kept in a class, as a common tutorial wrote it. It has close(),
but an exception skips the call: the session stays open, and the next
asyncio.run in the same process gets a session of a closed event loop.
main() shows the fix: the coroutine that makes the requests owns the session
in async with, so every run closes its own."""

import asyncio
import gc
import logging
import os
import re
import warnings

import aiohttp

BASE_URL = os.environ.get("HTTPBIN_URL", "https://httpbin.org")
# Three requests; the server answers the second with an error.
URLS = [f"{BASE_URL}/status/{code}" for code in (200, 500, 200)]


# --8<-- [start:tutorial]
class HttpClient:
    """The tutorial's class, unchanged: one session for the whole program."""

    _session = None

    @classmethod
    async def get_session(cls):
        if cls._session is None or cls._session.closed:
            cls._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=30),
                connector=aiohttp.TCPConnector(limit=100),
            )
        return cls._session

    @classmethod
    async def close(cls):
        if cls._session:
            await cls._session.close()


async def fetch(url: str) -> str:
    session = await HttpClient.get_session()
    async with session.get(url) as response:
        response.raise_for_status()  # added: a 500 must not pass as data
        return await response.text()


async def tutorial_main() -> None:
    results = await asyncio.gather(*[fetch(url) for url in URLS])
    await HttpClient.close()  # skipped when gather raises
    print(f"got {len(results)} responses")


# --8<-- [end:tutorial]


def describe(error: Exception) -> str:
    if isinstance(error, aiohttp.ClientResponseError):
        return f"ClientResponseError: {error.status} {error.message}"
    return f"{type(error).__name__}: {error}"


def run_the_tutorial_twice() -> None:
    """Two asyncio.run calls in one process, as a test suite or a job
    scheduler makes them: each has its own event loop."""
    for attempt in (1, 2):
        try:
            asyncio.run(tutorial_main())
        except Exception as error:
            print(f"run {attempt}: {describe(error)}")
        print(
            f"run {attempt}: session open after asyncio.run: "
            f"{not HttpClient._session.closed}"
        )


class Reports(logging.Handler):
    """The first line of each message asyncio logs (the rest has addresses)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        first_line = record.getMessage().splitlines()[0]
        self.lines.append(f"asyncio logged: {first_line}")


def warnings_and_logs(collect) -> list[str]:
    """What collect() makes Python warn and asyncio log, one line each."""
    reports = Reports()
    logger = logging.getLogger("asyncio")
    logger.addHandler(reports)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            collect()
            gc.collect()
    finally:
        logger.removeHandler(reports)
        logger.propagate = True
    # A caught warning holds its source: keep only the text.
    # "unclosed <socket.socket fd=7, ...>" -> "unclosed <socket.socket>"
    warned = [
        "Python warned: " + re.sub(r"<([\w.]+)[^>]*>", r"<\1>", str(w.message))
        for w in caught
        if issubclass(w.category, ResourceWarning)
    ]
    return list(dict.fromkeys(reports.lines + warned))


def collect_the_leftover_session() -> None:
    """What a reader sees when the program drops the leftover session: the
    session first, then its connector (at exit the order is arbitrary)."""
    connector = HttpClient._session.connector

    def drop_session() -> None:
        HttpClient._session = None

    def drop_connector() -> None:
        nonlocal connector
        connector = None

    for line in warnings_and_logs(drop_session):
        print(line)
    for line in warnings_and_logs(drop_connector):
        print(line)


# --8<-- [start:fixed]
async def fetch_with(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.text()


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            results = await asyncio.gather(
                *[fetch_with(session, url) for url in URLS]
            )
            print(f"got {len(results)} responses")
        except aiohttp.ClientResponseError as error:
            print(f"fixed: {describe(error)}")
    # async with closed the session, exception or not.
    print(f"fixed: session closed: {session.closed}")


# --8<-- [end:fixed]


if __name__ == "__main__":
    run_the_tutorial_twice()
    collect_the_leftover_session()
    for _ in range(2):
        asyncio.run(main())
