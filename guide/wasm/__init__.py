"""CPython 3.14 compiled to WebAssembly (Pyodide, npm ``pyodide`` pinned in
``package.json`` and locked): the runtime behind the pages' Run control, and the
one the suite and the build run 3.14 examples with where no CPython 3.14 is
installed.

- :func:`run_examples` runs example modules under Node.js (``run.mjs``: the runtime
  loads once per process, then runs module after module with ``wasm_runner.run``,
  as ``__main__`` via ``runpy``, stdout and stderr in order), two processes at once.
- :func:`snippets_archive` is what both Node.js and the browser unpack: the
  ``snippets`` package's files and ``wasm_runner.py``, so the browser runs exactly
  what the suite proved.
- :func:`browser_status` says whether an example runs in the browser, from the
  manifest ``runnable.json`` that ``tests/test_wasm_runnable.py`` checks against
  real runs: None, or why not ("network", "threads", "subprocesses", "database",
  "platform", "differs").

Install the runtime with ``npm ci --prefix guide/wasm`` (nox's install step does).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import io
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide import examples

HERE = Path(__file__).resolve().parent
PYODIDE_DIR = HERE / "node_modules" / "pyodide"
"""The runtime's files, as ``npm ci --prefix guide/wasm`` installs them."""
RUNNER = HERE / "run.mjs"
WASM_RUNNER = HERE / "wasm_runner.py"
MANIFEST = HERE / "runnable.json"
"""``{"snippets.chapter.example": null | reason}``: which examples run in the browser."""

REASONS = ("network", "threads", "subprocesses", "database", "platform", "differs")
"""Why an example does not run in the browser: it talks to a server; it needs threads,
or subprocesses; it talks to a database; it needs something else the runtime lacks;
it runs but prints something else than CPython."""

STACK_SWITCHING = "--experimental-wasm-stack-switching"
"""asyncio.run needs JavaScript Promise Integration (JSPI): behind this flag in Node.js
18 to 22; a Node.js whose V8 has JSPI on by default no longer lists it."""


@functools.cache
def node_flags() -> tuple[str, ...]:
    """The flags run.mjs needs on this Node.js: JSPI's, where V8 still has the flag."""
    listed = subprocess.run(
        [node() or "node", "--v8-options"], capture_output=True, text=True, timeout=30
    ).stdout
    return (STACK_SWITCHING,) if STACK_SWITCHING.removeprefix("--") in listed else ()


HOME = "/home/pyodide"
"""Where run.mjs unpacks the archive inside the runtime: made relative in outputs, as
``guide.examples.normalise`` does with the checkout's path."""

PROCESSES = int(os.environ.get("GUIDE_WASM_PROCESSES", "2"))
"""Node.js processes running examples at once: the sleeping examples overlap."""


INTERPRETER = "wasm"
"""What ``guide.examples.Example.python`` names when this runtime runs an example."""

LOAD_SECONDS = 3.0
"""Seconds Node.js takes to load the runtime before a process's first run (2.2-3.3 s
measured on a quiet 2-core machine): the build starts runs that need it early."""


def can_run(requires_python: tuple[int, int]) -> bool:
    """This runtime is installed, Node.js is there, and its CPython is that new."""
    if not installed():
        return False
    return tuple(int(part) for part in python_version().split(".")[:2]) >= requires_python


def cache_token() -> bytes:
    """Changes with the runtime's version and with the code that runs examples in it:
    part of the cache key of an output it printed (``guide.examples.cache_key``)."""
    parts = [pyodide_version(), python_version()]
    parts += [path.read_text("utf-8") for path in (RUNNER, WASM_RUNNER)]
    return "\0".join(parts).encode()


class RuntimeMissing(RuntimeError):
    """Node.js or the npm-installed runtime is not there."""


def node() -> str | None:
    return shutil.which("node")


@functools.cache
def installed() -> bool:
    """Node.js is on PATH and ``npm ci --prefix guide/wasm`` has installed the runtime."""
    return node() is not None and (PYODIDE_DIR / "pyodide.asm.wasm").is_file()


@functools.cache
def _lock_info() -> dict[str, str]:
    lock = PYODIDE_DIR / "pyodide-lock.json"
    try:
        return json.loads(lock.read_text("utf-8"))["info"]
    except OSError:
        raise RuntimeMissing(f"no {lock}: run npm ci --prefix guide/wasm") from None


def python_version() -> str:
    """The CPython version the runtime carries, ``3.14.2``, as its lock file says
    (``tests/test_wasm.py`` checks that the running runtime reports the same)."""
    return _lock_info()["python"]


def pyodide_version() -> str:
    return json.loads((PYODIDE_DIR / "package.json").read_text("utf-8"))["version"]


def runtime_label() -> str:
    """``CPython 3.14.2 · WebAssembly``: what labels output this runtime printed."""
    return f"CPython {python_version()} · WebAssembly"


def __getattr__(name: str) -> str:
    # RUNTIME_LABEL is read from the installed runtime when first asked for.
    if name == "RUNTIME_LABEL":
        return runtime_label()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- which examples run in the browser ------------------------------------------------


def manifest() -> dict[str, str | None]:
    return json.loads(MANIFEST.read_text("utf-8"))


def browser_status(module: str) -> str | None:
    """None if the example runs in the browser and prints there what CPython prints
    (proven by ``tests/test_wasm_runnable.py``), else the reason code it does not.

    ``module`` is ``snippets.chapter.example`` (or ``chapter.example``). An example the
    manifest does not list (a test's trial project) is not proven: "differs"."""
    if not module.startswith("snippets."):
        module = f"snippets.{module}"
    entries = _manifest_cached(MANIFEST.stat().st_mtime_ns)
    return entries.get(module, "differs")


@functools.cache
def _manifest_cached(_stamp: int) -> dict[str, str | None]:
    return manifest()


# --- deciding it: a run under the runtime against CPython's output ----------------------

SERVICE_REASONS = {"http": "network", "postgres": "database"}
"""An example that talks to the local HTTP server or a database never runs in the
browser, whatever its run under Node.js showed (``services.needs``)."""

PACKAGE_REASONS = {
    "aiohttp": "network",
    "asyncpg": "database",
    "aiosqlite": "database",
    "aiofiles": "threads",  # it runs every file operation in a thread
}
"""Third-party packages the runtime lacks, by what they need; any other: "platform"."""

ERROR_REASONS = (
    ("subprocess_exec() is not available", "subprocesses"),
    ("subprocess_shell() is not available", "subprocesses"),
    ("lacks multiprocessing", "subprocesses"),
    ("can't start new thread", "threads"),
    ("add_signal_handler() is not available", "platform"),
    ("create_server() is not available", "network"),
    ("create_connection() is not available", "network"),
    ("open_connection", "network"),
)
"""What the runtime says when an example needs what it lacks, and the reason code."""

THREAD_USES = ("to_thread", "run_in_executor", "threading", "ThreadPoolExecutor")
"""An example whose output differs and that uses threads differs because of them:
the runtime runs ``to_thread`` and executors inline, in the loop's thread."""


BROWSER_DIFFERS = {
    "snippets.pitfalls.lost_task": (
        "in chromium's worker its unreferenced task survives gc.collect(): tasks left 1, "
        "not 0 (under Node.js it matches); tests/browser/test_run.py shows it"
    ),
}
"""Examples that print CPython's output under Node.js but not in a browser's worker, as
the browser test of every runnable example found: "differs" (their pages get no Run)."""


def reason_for(
    example: examples.Example, run: WasmRun, cpython_lines: list[str] | None
) -> str | None:
    """None if ``run`` (under the runtime) printed ``cpython_lines`` (what CPython
    prints for the page, timings within ``TIMING_TOLERANCE``) and exited cleanly; else
    the reason code the page gives, read from the example and the run."""
    from guide import examples, expected
    from guide.testing import TIMING_TOLERANCE, without_debug_lines

    needs = examples.services_needed(example)
    for service, reason in SERVICE_REASONS.items():
        if service in needs:
            return reason
    parsed = examples._parsed(example.path)
    third_party = [
        name
        for path in examples.project_imports(example)
        for name in examples._parsed(path).third_party
    ]
    for package in third_party:
        if package in PACKAGE_REASONS:
            return PACKAGE_REASONS[package]
    if third_party:
        return "platform"
    matches = (
        run.ok
        and cpython_lines is not None
        and not example.is_measurement
        and expected.first_deviation(
            without_debug_lines(run.output), cpython_lines, TIMING_TOLERANCE
        )
        is None
    )
    if matches:
        return "differs" if example.module in BROWSER_DIFFERS else None
    for message, reason in ERROR_REASONS:
        if message in run.output:
            return reason
    if any(use in parsed.text for use in THREAD_USES):
        return "threads"
    if not run.ok:
        return "platform"
    return "differs"


def cpython_lines(example: examples.Example) -> list[str] | None:
    """What CPython prints for the page: its test's ``EXPECTED`` for the runtime's
    version (3.14), or else what a plain run by this CPython printed (None if it
    failed, needs a service or needs a newer Python)."""
    from guide import examples

    version = tuple(int(part) for part in python_version().split(".")[:2])
    lines = example.expected_lines(version)
    if lines is None and example.runs_here() and not examples.services_needed(example):
        plain = examples.run(example)
        lines = plain.output.splitlines() if plain.ok else None
    return lines


# --- the archive both runtimes unpack -------------------------------------------------

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same files give the same bytes


def archive_files(root: Path | None = None) -> dict[str, Path]:
    """Name in the archive -> file: every file of the ``snippets`` package but
    ``__main__.py`` (the local runner, which needs the services), and wasm_runner.py."""
    snippets = (root or _project_root()) / "snippets"
    files = {
        path.relative_to(snippets.parent).as_posix(): path
        for path in sorted(snippets.rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
        and path.suffix != ".pyc"
        and path != snippets / "__main__.py"
    }
    files["wasm_runner.py"] = WASM_RUNNER
    return files


def snippets_archive(root: Path | None = None) -> bytes:
    """A zip of :func:`archive_files`, byte for byte the same for the same files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, path in archive_files(root).items():
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def _project_root() -> Path:
    from guide import examples

    return examples.ROOT


# --- running examples under Node.js ---------------------------------------------------


@dataclass(frozen=True)
class WasmRun:
    """What one run under the runtime printed and how it ended."""

    module: str  # snippets.chapter.example
    output: str  # stdout and stderr in order, HOME made relative
    returncode: int | None  # None: still running after its timeout, killed
    seconds: float
    python: str  # the runtime's CPython, 3.14.2
    finished_at: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0


class _NodeProcess:
    """One Node.js process with the runtime loaded, running one module at a time."""

    def __init__(self, archive: Path) -> None:
        executable = node()
        if executable is None or not installed():
            raise RuntimeMissing("Node.js and npm ci --prefix guide/wasm are needed")
        self.process = subprocess.Popen(
            [executable, *node_flags(), str(RUNNER), str(archive)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            start_new_session=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.errors: list[str] = []
        threading.Thread(
            target=self._read, args=(self.process.stdout, self.lines), daemon=True
        ).start()
        threading.Thread(target=self._drain, daemon=True).start()
        self.ready = self._next(timeout=120)
        if self.ready is None or not self.ready.get("ready"):
            self.close()
            raise RuntimeMissing(f"the runtime did not start: {self._stderr()}")

    @staticmethod
    def _read(stream: io.TextIOBase, lines: queue.Queue[str | None]) -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    def _drain(self) -> None:
        for line in self.process.stderr:
            self.errors.append(line)

    def _stderr(self) -> str:
        return "".join(self.errors[-20:]).strip()

    def _next(self, timeout: float) -> dict | None:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            return None
        return None if line is None else json.loads(line)

    def run(self, module: str, timeout: float, source: str | None = None) -> WasmRun | None:
        """Run one module (or ``source`` in its place); None if it did not finish within
        ``timeout`` (the process is then killed: a new one runs the next module)."""
        started = time.perf_counter()
        request = module if source is None else json.dumps({"module": module, "source": source})
        try:
            self.process.stdin.write(request + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            return None
        reply = self._next(timeout)
        if reply is None:
            return None
        return WasmRun(
            module=module,
            output=reply["output"].replace(f"{HOME}/", "").replace(HOME, "."),
            returncode=reply["returncode"],
            seconds=time.perf_counter() - started,
            python=self.ready["python"],
            finished_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        )

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.close()


def run_examples(
    modules: Iterable[str],
    *,
    timeout: float | None = None,
    processes: int = PROCESSES,
) -> dict[str, WasmRun]:
    """Run each module (``snippets.chapter.example``) under the runtime in Node.js,
    ``processes`` Node.js processes at once, each loading the runtime once; in the
    order given (give the long ones first). A module still running after ``timeout``
    seconds gets ``returncode`` None."""
    from guide import examples

    timeout = examples.DEFAULT_TIMEOUT if timeout is None else timeout
    pending: queue.Queue[str] = queue.Queue()
    for module in modules:
        pending.put(module)
    results: dict[str, WasmRun] = {}
    failures: list[BaseException] = []
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="guide-wasm-")))
        archive = folder / "snippets.zip"
        archive.write_bytes(snippets_archive())

        def work() -> None:
            process: _NodeProcess | None = None
            try:
                while True:
                    try:
                        module = pending.get_nowait()
                    except queue.Empty:
                        return
                    process = process or _NodeProcess(archive)
                    result = process.run(module, timeout)
                    if result is None:
                        process.close()
                        result = WasmRun(
                            module, process._stderr(), None, timeout, process.ready["python"]
                        )
                        process = None
                    results[module] = result
            except BaseException as error:
                failures.append(error)
            finally:
                if process is not None:
                    process.close()

        count = max(1, min(processes, pending.qsize()))
        workers = [threading.Thread(target=work, daemon=True) for _ in range(count)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    if failures:
        raise failures[0]
    return results


class _SharedProcess:
    """One Node.js process with the runtime loaded, kept for this Python process's
    later single runs (the build's 3.14 examples, the tests' reruns): loading the
    runtime costs about 2.4 s of CPU, a run in it a few milliseconds. One run at a time;
    a new process when the snippets changed (``mkdocs serve``) or a run timed out."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.process: _NodeProcess | None = None
        self.archive_bytes = b""
        self.folder: tempfile.TemporaryDirectory[str] | None = None

    def run(self, module: str, timeout: float) -> WasmRun:
        with self.lock:
            archive = snippets_archive()
            if self.process is None or archive != self.archive_bytes:
                self.close()
                self.folder = tempfile.TemporaryDirectory(prefix="guide-wasm-")
                path = Path(self.folder.name) / "snippets.zip"
                path.write_bytes(archive)
                self.process, self.archive_bytes = _NodeProcess(path), archive
            result = self.process.run(module, timeout)
            if result is None:
                stderr = self.process._stderr()
                self.close()
                return WasmRun(module, stderr, None, timeout, python_version())
            return result

    def close(self) -> None:
        if self.process is not None:
            self.process.close()
            self.process = None
        if self.folder is not None:
            self.folder.cleanup()
            self.folder = None


_shared = _SharedProcess()
atexit.register(_shared.close)


def run_example(module: str, *, timeout: float | None = None) -> WasmRun:
    """Run one module under the runtime, in this process's shared Node.js process."""
    from guide import examples

    return _shared.run(module, examples.DEFAULT_TIMEOUT if timeout is None else timeout)


def run_source(module: str, source: str, *, timeout: float | None = None) -> WasmRun:
    """Run ``source`` under the runtime as ``__main__`` in the place of ``module``
    (as the Run control runs a reader's edit; the suite runs in-process tests so)."""
    from guide import examples

    timeout = examples.DEFAULT_TIMEOUT if timeout is None else timeout
    with tempfile.TemporaryDirectory(prefix="guide-wasm-") as folder:
        archive = Path(folder) / "snippets.zip"
        archive.write_bytes(snippets_archive())
        process = _NodeProcess(archive)
        try:
            result = process.run(module, timeout, source)
            stderr = process._stderr()
        finally:
            process.close()
    if result is None:
        return WasmRun(module, stderr, None, timeout, python_version())
    return result


def write_manifest() -> dict[str, str | None]:
    """Run every example under the runtime (and under this CPython those whose test
    declares no EXPECTED) and write ``runnable.json`` from what the runs show."""
    from guide import examples

    found = sorted(examples.discover(), key=examples.expected_seconds, reverse=True)
    runs = run_examples([example.module for example in found])
    entries: dict[str, str | None] = {}
    for example in sorted(found, key=lambda example: example.name):
        result = runs[example.module]
        entries[example.module] = reason_for(example, result, cpython_lines(example))
    MANIFEST.write_text(json.dumps(entries, indent=1) + "\n", "utf-8")
    return entries


def main(argv: list[str] | None = None) -> int:
    """``python -m guide.wasm snippets.x.y ...``: run modules under the runtime and
    print what each printed. ``python -m guide.wasm --manifest``: rewrite
    ``runnable.json`` from fresh runs (then review its diff)."""
    args = argv if argv is not None else sys.argv[1:]
    if args == ["--manifest"]:
        entries = write_manifest()
        runnable = sum(reason is None for reason in entries.values())
        print(f"{MANIFEST}: {runnable} of {len(entries)} examples run in the browser")
        return 0
    for module, result in run_examples(args).items():
        print(f"--- {module}: exit {result.returncode}, {result.seconds:.1f}s")
        print(result.output, end="")
    return 0
