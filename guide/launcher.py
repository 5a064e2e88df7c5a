"""Start ``python -m`` runs of examples without starting an interpreter each time.

A build runs some two hundred examples, and most of the CPU it spends on them is each
new interpreter importing asyncio, aiohttp, asyncpg and the rest before the example's
first line. The launcher is one process that imports those once, then forks a child
per run. The child does what ``python -m module args`` does from there on: a session
of its own, stdout and stderr on the pipe it was given, the run's working directory,
environment and ``sys.argv``, ``sys.path[0]`` the working directory, and then
``runpy._run_module_as_main`` (the function ``-m`` calls) in an empty ``__main__``;
when the module ends, the child's interpreter shuts down as any other does (atexit
handlers, threads joined, exit status from ``SystemExit``). ``random`` reseeds
itself in a forked child.

What a child cannot copy from a new interpreter, :func:`can_run` and the build check:
- Variables read only when an interpreter starts (``PYTHONWARNINGS``, ``PYTHONDEVMODE``,
  ``PYTHONHASHSEED`` ...) must be what the launcher started with, and the interpreter
  the build's own; otherwise the run is an ordinary subprocess.
- Children share the launcher's hash seed, so sets of strings iterate in the same
  order in every run (a new interpreter picks a new seed each time).
- A stack printed from the outermost frame (asyncio debug mode's "created at", an
  uncaught exception) shows the launcher's frames where ``python -m`` shows runpy's:
  :data:`OWN_FRAME` names them, and the build runs such an example again the plain way.

Run ``python -m guide.launcher SOCKET`` to serve; :class:`Launcher` starts one and
talks to it (``launch`` returns a :class:`subprocess.Popen`-like handle).
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

PRELOAD = (
    "asyncio",
    "concurrent.futures",
    "json",
    "logging",
    "sqlite3",
    "ssl",
    "aiofiles",
    "aiohttp",
    "aiohttp.web",
    "aiosqlite",
    "asyncpg",
)
"""What the examples import most: each child starts with these already imported."""

STARTUP_VARIABLES = (
    "PYTHONWARNINGS",
    "PYTHONDEVMODE",
    "PYTHONHASHSEED",
    "PYTHONPATH",
    "PYTHONUNBUFFERED",
    "PYTHONIOENCODING",
    "PYTHONUTF8",
    "PYTHONTRACEMALLOC",
    "PYTHONFAULTHANDLER",
    "PYTHONSAFEPATH",
    "PYTHONNODEBUGRANGES",
    "PYTHONINTMAXSTRDIGITS",
    "PYTHON_GIL",
)
"""Variables an interpreter reads once, at start: a run that sets any of them to
something else than the launcher has cannot be a fork of it."""

PROJECT = Path(__file__).resolve().parents[1]

OWN_FRAME = str(Path(__file__).resolve())
"""This file's path, as a printed stack names it: a run whose output names it printed a
stack that ``python -m`` would have printed with runpy's frames instead."""

_MAIN_KEEPS = ("__name__", "__doc__", "__package__", "__loader__", "__spec__", "__builtins__")


# --- the launcher process -------------------------------------------------------------


def serve(path: str) -> None:
    """Preload, listen on the Unix socket ``path``, and fork a child per request.

    A request is one packet: JSON ``{"module", "args", "cwd", "env"}`` and the write end
    of the pipe for the child's output. The reply is the child's pid, then, when it
    ends, its exit code as :attr:`subprocess.Popen.returncode` gives it. In the child
    this function returns only after the module ran (see :func:`_become`)."""
    for name in PRELOAD:
        with contextlib.suppress(ImportError):  # a bare interpreter lacks the packages
            __import__(name)
    # Else the collector touches every preloaded object in every child, copying the
    # pages they share with the launcher: a child's run and exit cost ~3x the CPU.
    gc.freeze()
    parent = os.getppid()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(path)
    listener.listen(64)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    children: dict[int, socket.socket] = {}
    print("ready", flush=True)
    while os.getppid() == parent:  # the build that started it is gone: stop
        for key, _ in selector.select(timeout=0.02):
            if key.fileobj is listener:
                connection, _ = listener.accept()
                selector.register(connection, selectors.EVENT_READ)
                continue
            connection = key.fileobj
            selector.unregister(connection)
            message, fds, _, _ = socket.recv_fds(connection, 1 << 20, 1)
            if not message or len(fds) != 1:
                connection.close()
                for fd in fds:
                    os.close(fd)
                continue
            pid = os.fork()
            if pid == 0:
                selector.close()
                listener.close()
                for other in children.values():
                    other.close()
                connection.close()
                _become(json.loads(message), fds[0])
                return
            os.close(fds[0])
            connection.sendall(b"%d" % pid)
            children[pid] = connection
        while children:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            connection = children.pop(pid, None)
            if connection is not None:
                with contextlib.suppress(OSError):  # the build may have given up on it
                    connection.sendall(b"%d" % os.waitstatus_to_exitcode(status))
                connection.close()


def _become(request: dict, output_fd: int) -> None:
    """Turn this forked child into ``python -m request["module"] *request["args"]``."""
    import runpy

    os.setsid()  # as Popen(start_new_session=True): a timeout kills its whole group
    os.dup2(output_fd, 1)
    os.dup2(output_fd, 2)
    os.close(output_fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.path[0] = request["cwd"]  # what -m puts first
    sys.argv = ["-m", *request["args"]]  # runpy replaces "-m" with the module's file
    main = sys.modules["__main__"].__dict__
    for name in [name for name in main if name not in _MAIN_KEEPS]:
        del main[name]
    runpy._run_module_as_main(request["module"])  # the function `python -m` calls


# --- the build's side -----------------------------------------------------------------


class Child:
    """A forked run, handled like the :class:`subprocess.Popen` it replaces."""

    def __init__(self, pid: int, output: int, connection: socket.socket) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self._output = output
        self._connection = connection
        self._chunks: list[bytes] = []
        self._reader: threading.Thread | None = None

    def communicate(self, timeout: float | None = None) -> tuple[bytes, None]:
        """Everything it printed once its output closes, then its exit code; raises
        :class:`subprocess.TimeoutExpired` if that takes longer than ``timeout``
        (call again, without one, after killing it)."""
        if self._reader is None:  # one reader for all calls: a timeout loses nothing
            self._reader = threading.Thread(target=self._read, daemon=True)
            self._reader.start()
        self._reader.join(timeout)
        if self._reader.is_alive():
            raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout)
        self._connection.settimeout(timeout)
        try:
            reply = self._connection.recv(64)
        except TimeoutError:
            raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout) from None
        if not reply:
            raise RuntimeError(f"the example launcher ended before run {self.pid} did")
        self.returncode = int(reply)
        self._connection.close()
        return b"".join(self._chunks), None

    def _read(self) -> None:
        while chunk := os.read(self._output, 65536):
            self._chunks.append(chunk)
        os.close(self._output)
        self._output = -1

    def close(self) -> None:
        if self._output >= 0 and self._reader is None:
            os.close(self._output)
            self._output = -1
        self._connection.close()


class Launcher:
    """One launcher process for this build, started on first use, stopped at exit."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self._folder = tempfile.TemporaryDirectory(prefix="guide-launcher-")
        self.socket_path = os.path.join(self._folder.name, "socket")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import guide.launcher as l; l.serve(l.sys.argv[1])",
                self.socket_path,
            ],
            cwd=PROJECT,  # where `import guide` finds this package
            env=env,
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        ready = self.process.stdout.readline()
        if ready.strip() != b"ready":
            raise RuntimeError(f"the example launcher did not start ({ready!r})")

    def can_run(self, python: str, env: dict[str, str]) -> bool:
        """Whether a fork of the launcher is the same as starting ``python`` with ``env``."""
        if os.path.realpath(python) != os.path.realpath(sys.executable):
            return False
        return all(env.get(name) == self.env.get(name) for name in STARTUP_VARIABLES)

    def launch(self, module: str, args: list[str], cwd: Path, env: dict[str, str]) -> Child:
        read_end, write_end = os.pipe()
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            connection.connect(self.socket_path)
            request = {"module": module, "args": args, "cwd": str(cwd), "env": env}
            socket.send_fds(connection, [json.dumps(request).encode()], [write_end])
            pid = int(connection.recv(64))
        except BaseException:
            os.close(read_end)
            connection.close()
            raise
        finally:
            os.close(write_end)
        return Child(pid, read_end, connection)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(5)
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()
        self._folder.cleanup()


if __name__ == "__main__":
    serve(sys.argv[1])
