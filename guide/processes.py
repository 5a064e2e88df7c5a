"""Child processes the tests, the benchmarks and nox start: a free port, ``mkdocs build``
and ``mkdocs serve`` of a project, waiting for a server to answer or a line in a log.

Standard library only: nox imports it before any session's environment exists.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signal.Signals(signum).name}")


def stop_on_sigterm_like_ctrl_c() -> None:
    """Make SIGTERM and SIGHUP (``kill PID``, ``timeout``, a closed terminal) raise
    KeyboardInterrupt, as Ctrl-C does, so ``finally`` blocks, context managers and
    ``atexit`` handlers run and the local services stop. By default those signals end
    Python at once and skip all of them. Signals someone already handles (or ignores,
    like ``nohup``'s SIGHUP) are left alone; only the main thread can set handlers.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) is signal.SIG_DFL:
            signal.signal(signum, _interrupt)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def mkdocs_build(
    project: Path,
    site: Path,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the project at ``project`` into ``site``, output captured.

    The build runs with this process's environment, or ``env`` instead.
    """
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        cwd=project,
        env=os.environ if env is None else env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def wait_for_url(url: str, timeout: float) -> None:
    """Wait until a GET of ``url`` succeeds; raise TimeoutError with the last error."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError as error:
            if time.monotonic() > deadline:
                raise TimeoutError(str(error)) from None
            time.sleep(0.05)


class LogTimeout(Exception):
    """A line did not show up in a log in time; the message ends with the log's tail."""


def wait_for_line(log: Path, text: str, *, count: int = 1, timeout: float = 60) -> None:
    """Wait until ``text`` is in the log ``count`` times, or raise LogTimeout."""
    deadline = time.monotonic() + timeout
    while log.read_text(errors="replace").count(text) < count:
        if time.monotonic() > deadline:
            tail = log.read_text(errors="replace")[-2000:]
            raise LogTimeout(f"no {text!r} in {log.name} after {timeout:.0f}s:\n{tail}")
        time.sleep(0.02)


def stop(process: subprocess.Popen, timeout: float = 10) -> None:
    """Ask the process to end (SIGTERM); kill it if it has not ended within ``timeout``."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_mkdocs_serve(
    project: Path, log: Path, port: int = 0, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``mkdocs serve --livereload`` of the project, output to ``log``, with this
    process's environment or ``env``; return the process and its URL (``port`` 0: a free
    one). It may not serve yet: wait for ``Serving on`` in the log."""
    port = port or free_port()
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=os.environ if env is None else env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return server, f"http://127.0.0.1:{port}"


@contextmanager
def mkdocs_serve(project: Path, log: Path, port: int = 0, timeout: float = 60) -> Iterator[str]:
    """``mkdocs serve --livereload`` of the project, output to ``log``; yields its URL
    once it serves (``port`` 0: a free one)."""
    server, url = start_mkdocs_serve(project, log, port)
    try:
        wait_for_line(log, "Serving on", timeout=timeout)
        yield url
    finally:
        stop(server, timeout=30)
