"""One example run by every supported Python the build machine has, for pages
that show how a behaviour differs between versions.

The build's own interpreter always counts; other versions are the ``pythonX.Y``
commands on ``PATH`` (``nox`` puts every pyenv version there). A run counts only if
it exits cleanly and its first line names the version asked for (``Python 3.12``),
so a pyenv shim of a version that is not installed is "not run", never another
version's output. Only stdlib examples make sense here: the other interpreters
do not have the project's dependencies.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from guide import examples

SUPPORTED = ("3.11", "3.12", "3.13", "3.14")
"""Every Python the guide supports, oldest first (pyproject.toml: >=3.11)."""


def _interpreter(version: str) -> str | None:
    if version == f"{sys.version_info.major}.{sys.version_info.minor}":
        return sys.executable
    return shutil.which(f"python{version}")


@functools.cache
def printed(module: str, version: str) -> tuple[str, ...] | None:
    """The lines ``python{version} -m {module}`` printed, or None if no such
    Python here ran it cleanly."""
    python = _interpreter(version)
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
