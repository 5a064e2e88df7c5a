"""Fixtures shared by the tests."""

import asyncio
import html
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from guide import services
from guide.examples import ROOT, Example, run
from guide.pages import LANGUAGES


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


def _build(
    project: Path, site: Path, _env: dict[str, str] | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the project at ``project`` into ``site``.

    The build runs with this process's environment (``_env`` replaces it) plus ``env``.
    """
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
        env={**(os.environ if _env is None else _env), "NO_MKDOCS_2_WARNING": "1", **env},
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


_services = ExitStack()


def _runs_tests(config: pytest.Config) -> bool:
    """False in the xdist controller, which only hands tests to its workers."""
    return hasattr(config, "workerinput") or not config.getoption("numprocesses", None)


def pytest_configure(config: pytest.Config) -> None:
    """Start the local services before collection: examples read their URLs on import.

    Each test process gets the local HTTP service and a database of its own on
    the shared embedded PostgreSQL; both are exported to os.environ so examples
    run in child processes use them too. A bad DATABASE_URL stops the run at
    once with one line, before any test starts.
    """
    if url := os.environ.get("DATABASE_URL"):
        try:
            services.check_database_url(url)
        except services.ServiceError as error:
            pytest.exit(str(error), returncode=3)
    if not _runs_tests(config):
        return
    try:
        env = _services.enter_context(services.running())
    except services.ServiceError as error:
        pytest.exit(str(error), returncode=3)
    patch = _services.enter_context(pytest.MonkeyPatch.context())
    for key, value in env.items():
        patch.setenv(key, value)


def pytest_unconfigure(config: pytest.Config) -> None:
    _services.close()


@pytest.fixture(scope="session")
def local_services() -> dict[str, str]:
    """The variables that point examples at the local services."""
    return {key: os.environ[key] for key in ("HTTPBIN_URL", "DATABASE_URL")}


def _make_project(
    tmp_path: Path, bodies: dict[str, str], docstrings: dict[str, str] | None = None
) -> Path:
    """A copy of the site's machinery with one page per language including the given examples:
    ``snippets.trial.<name>`` whose ``main`` runs ``bodies[name]``."""
    project = tmp_path / "project"
    docstrings = docstrings or {}
    for config in ("mkdocs.yml", "mkdocs.en.yml"):
        text = (ROOT / config).read_text("utf-8")
        (project / config).parent.mkdir(parents=True, exist_ok=True)
        # Drop the nav: the copy has only an index page per language.
        (project / config).write_text(text.split("\nnav:")[0] + "\n", "utf-8")
    shutil.copytree(ROOT / "guide", project / "guide", dirs_exist_ok=True)
    shutil.copytree(ROOT / "docs" / "theme", project / "docs" / "theme", dirs_exist_ok=True)
    chapter = project / "snippets" / "trial"
    chapter.mkdir(parents=True, exist_ok=True)
    (project / "snippets" / "__init__.py").write_text("", "utf-8")
    (chapter / "__init__.py").write_text("", "utf-8")
    blocks = []
    for name, body in bodies.items():
        (chapter / f"{name}.py").write_text(
            f'"""{docstrings.get(name, "A trial example.")}"""\n\n'
            f"import asyncio\n\n\nasync def main() -> None:\n    {body}\n\n\n"
            'if __name__ == "__main__":\n    asyncio.run(main())\n',
            "utf-8",
        )
        blocks.append(
            f'```python exec="on"\nfrom guide.pages import example\n'
            f'print(example("snippets.trial.{name}"))\n```\n'
        )
    for language in LANGUAGES:
        (project / "docs" / language).mkdir(parents=True, exist_ok=True)
        (project / "docs" / language / "index.md").write_text(
            "# Trial { #trial }\n\n" + "\n".join(blocks), "utf-8"
        )
    return project


@pytest.fixture
def trial_project(tmp_path: Path) -> Callable[..., Path]:
    """Make (or remake) a small buildable project in tmp_path: see ``_make_project``."""

    def make(bodies: dict[str, str], docstrings: dict[str, str] | None = None) -> Path:
        return _make_project(tmp_path, bodies, docstrings)

    return make
