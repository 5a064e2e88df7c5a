"""The Pythons this machine has, and examples run by them.

:func:`installed` finds each supported version (the running one, ``pythonX.Y`` on
``PATH``, pyenv's); ``nox`` and the build both use it. A build on an older Python
runs a newer-Python example with the newest one installed
(:attr:`guide.examples.Example.python`), and :func:`runs_table` runs one example by
every version, for pages that show how a behaviour differs between versions. Those
runs use a bare interpreter, without the project's dependencies, so only stdlib
examples run that way. A run for the table counts only if it exits cleanly and its
first line names the version asked for (``Python 3.12``).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SUPPORTED = ("3.11", "3.12", "3.13", "3.14")
"""Every Python the guide supports, oldest first (pyproject.toml: >=3.11)."""


RUNNING = f"{sys.version_info.major}.{sys.version_info.minor}"
"""The version of the Python running this code, ``3.13``."""


def pyenv_bins() -> list[Path]:
    """The ``bin`` folder of every CPython 3 pyenv installed, newest first.

    pyenv's shims run only the version pyenv has active (``python3.13`` fails when
    3.11 is the global one), so these folders are where the others are.
    """
    root = os.environ.get("PYENV_ROOT")
    if root is None and shutil.which("pyenv"):
        done = subprocess.run(["pyenv", "root"], capture_output=True, text=True)
        root = done.stdout.strip() if done.returncode == 0 else None
    if not root:
        return []
    folders = [path for path in (Path(root) / "versions").glob("3.*/bin") if path.is_dir()]
    return sorted(folders, key=lambda path: _release(path.parent.name), reverse=True)


def _release(name: str) -> tuple[int, ...]:
    """``3.13.10`` as (3, 13, 10); a name with anything else after it sorts by its digits."""
    return tuple(int(part) for part in re.findall(r"\d+", name)[:3])


@functools.cache
def installed(version: str) -> str | None:
    """A Python ``version`` (``3.13``) on this machine: the running one, else a
    ``pythonX.Y`` on ``PATH`` that really is that version, else pyenv's newest of it."""
    if version == RUNNING:
        return sys.executable
    candidates = [shutil.which(f"python{version}")] + [
        str(folder / f"python{version}")
        for folder in pyenv_bins()
        if _release(folder.parent.name)[:2] == _release(version)
    ]
    for candidate in candidates:
        if candidate and _reports(candidate, version):
            return candidate
    return None


def _reports(python: str, version: str) -> bool:
    try:
        return ".".join(version_of(python).split(".")[:2]) == version
    except (OSError, subprocess.SubprocessError):  # not there, a failing shim, hung
        return False


@functools.cache
def version_of(python: str) -> str:
    """The full version of that interpreter, ``3.13.0``."""
    if python == sys.executable:
        return ".".join(map(str, sys.version_info[:3]))
    from guide import wasm  # guide.wasm imports guide.examples, which imports this

    if python == wasm.INTERPRETER:  # CPython in WebAssembly: its lock file says which
        return wasm.python_version()
    done = subprocess.run(
        [python, "-c", "import sys; print(*sys.version_info[:3], sep='.')"],
        capture_output=True,
        text=True,
        check=True,
        timeout=20,
    )
    return done.stdout.strip()


def newest_installed(at_least: tuple[int, int]) -> str | None:
    """The newest supported Python here that is at least ``at_least``, or None."""
    for version in reversed(SUPPORTED):
        if _release(version) >= at_least and (python := installed(version)):
            return python
    return None


@functools.cache
def printed(module: str, version: str) -> tuple[str, ...] | None:
    """The lines ``python{version} -m {module}`` printed, or None if no such
    Python here ran it cleanly."""
    from guide import examples  # examples imports this module

    python = installed(version)
    if python is None:
        return None
    try:
        done = subprocess.run(
            [python, "-m", module],
            cwd=examples.ROOT,
            env={**os.environ, "PYTHONPATH": str(examples.ROOT)},
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = tuple(done.stdout.splitlines())
    if done.returncode != 0 or lines[:1] != (f"Python {version}",):
        return None
    return lines


def line_after(lines: tuple[str, ...], label: str) -> str:
    """The line printed right after ``label``, stripped."""
    return lines[lines.index(label) + 1].strip()


def runs_table(
    module: str,
    *,
    after: str,
    header: tuple[str, str, str],
    behaviour: dict[str, str],
    missing: str,
    versions: tuple[str, ...] = SUPPORTED,
) -> str:
    """A Markdown table, one row per version: the behaviour the page states, and
    the line the example printed after ``after`` when this machine's Python of that
    version ran it, else ``missing`` (formatted with ``version``)."""
    rows = [f"| {' | '.join(header)} |", "|---|---|---|"]
    # One interpreter start-up each (about 0.1 s): run them side by side.
    with ThreadPoolExecutor(max_workers=len(versions)) as pool:
        runs = list(pool.map(lambda version: printed(module, version), versions))
    for version, lines in zip(versions, runs, strict=True):
        run = missing.format(version=version) if lines is None else f"`{line_after(lines, after)}`"
        rows.append(f"| {version} | {behaviour[version]} | {run} |")
    return "\n".join(rows) + "\n"
