"""Fixtures shared by the tests."""

import asyncio
import html
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from guide.examples import Example, run


@pytest.fixture
def timed() -> Callable[[Coroutine[Any, Any, Any]], tuple[Any, float]]:
    """Run a coroutine on a fresh loop in debug mode; return its result and wall-clock seconds."""

    def run_timed(coro: Coroutine[Any, Any, Any]) -> tuple[Any, float]:
        started = time.perf_counter()
        result = asyncio.run(coro, debug=True)
        return result, time.perf_counter() - started

    return run_timed


@pytest.fixture
def reader_run() -> Callable[[str], list[str]]:
    """The lines an example prints when a reader runs ``python -m snippets.<name>``."""

    def run_as_reader(name: str) -> list[str]:
        result = run(Example(name)).check()
        return result.output.splitlines()

    return run_as_reader


def _build(project: Path, site: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the project at ``project`` into ``site``."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            project / "mkdocs.yml",
            "-d",
            site,
        ],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def build_site() -> Callable[..., subprocess.CompletedProcess[str]]:
    return _build


@pytest.fixture(scope="session")
def visible_text() -> Callable[[Path], str]:
    """The text a reader sees in an HTML file, tags stripped and entities decoded."""

    def text_of(path: Path) -> str:
        return html.unescape(re.sub(r"<[^>]+>", "", path.read_text("utf-8")))

    return text_of
