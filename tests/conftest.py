"""Fixtures shared by the tests."""

import asyncio
import dataclasses
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from guide import processes, services
from guide.examples import ROOT, Example, Run, discover, expected_seconds, run
from guide.languages import SITE
from guide.testing import without_debug_lines


@pytest.fixture
def timed() -> Callable[[Coroutine[Any, Any, Any]], tuple[Any, float]]:
    """Run a coroutine on a fresh loop in debug mode; return its result and wall-clock seconds."""

    def run_timed(coro: Coroutine[Any, Any, Any]) -> tuple[Any, float]:
        started = time.perf_counter()
        result = asyncio.run(coro, debug=True)
        return result, time.perf_counter() - started

    return run_timed


class SharedRuns:
    """One strict run per example per test session, shared by every test and xdist worker.

    A run is ``python -m snippets.<name>`` in debug mode (``guide.examples.run(debug=True)``:
    asyncio debug mode, ``-X dev``, ResourceWarning as an error). The first process to
    claim an example runs it and stores the result in the session's folder; the others
    wait for that file. On a full run the controller starts every example at once in the
    background, so the slow, sleeping examples overlap instead of queueing behind tests.
    """

    VARIABLE = "GUIDE_TEST_RUNS"
    TIMEOUT = 300.0

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _claim(self, name: str) -> bool:
        try:
            os.close(os.open(self.folder / f"{name}.claim", os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return False
        return True

    def run_if_unclaimed(self, name: str, env: dict[str, str] | None = None) -> None:
        if self._claim(name):
            result = run(Example(name), debug=True, env=env)
            partial = self.folder / f"{name}.json.part"
            partial.write_text(json.dumps(dataclasses.asdict(result)), "utf-8")
            partial.rename(self.folder / f"{name}.json")

    def get(self, name: str) -> Run:
        self.run_if_unclaimed(name)
        stored = self.folder / f"{name}.json"
        deadline = time.monotonic() + self.TIMEOUT
        while not stored.exists():
            if time.monotonic() > deadline:
                pytest.fail(f"snippets.{name}: no result after {self.TIMEOUT:.0f}s")
            time.sleep(0.02)
        return Run(**json.loads(stored.read_text("utf-8")))


@pytest.fixture(scope="session")
def shared_runs() -> SharedRuns:
    return SharedRuns(Path(os.environ[SharedRuns.VARIABLE]))


@pytest.fixture
def reader_run(shared_runs: SharedRuns) -> Callable[[str], list[str]]:
    """The lines ``python -m snippets.<name>`` prints (stdout and stderr, in order).

    The run is this session's strict run (debug mode, ResourceWarning as an error),
    shared with every other test of the same example; it must have exited cleanly.
    Compare them with ``guide.testing.assert_printed``, which lets printed timings differ
    by ``TIMING_TOLERANCE``. The lines only debug mode adds are left out
    (``without_debug_lines``; ``shared_runs`` has them).
    """

    def lines_printed(name: str) -> list[str]:
        return without_debug_lines(shared_runs.get(name).check().output)

    return lines_printed


def _build(
    project: Path, site: Path, _env: dict[str, str] | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the project at ``project`` into ``site``.

    The build runs with this process's environment (``_env`` replaces it) plus ``env``.
    """
    # Fewer examples at once than a real build: the rest of the suite shares the cores.
    env = {**(os.environ if _env is None else _env), "GUIDE_MAX_PARALLEL": "4", **env}
    return processes.mkdocs_build(project, site, env=env, timeout=300)


@pytest.fixture(scope="session")
def build_site() -> Callable[..., subprocess.CompletedProcess[str]]:
    return _build


@pytest.fixture(scope="session")
def visible_text() -> Callable[[Path], str]:
    """The text a reader sees in an HTML file, tags stripped and entities decoded."""

    def text_of(path: Path) -> str:
        return html.unescape(re.sub(r"<[^>]+>", "", path.read_text("utf-8")))

    return text_of


_session = ExitStack()  # what this process started; closed at the end of the session


def _is_xdist_controller(config: pytest.Config) -> bool:
    """True in the process that only hands tests to xdist workers."""
    return not hasattr(config, "workerinput") and bool(config.getoption("numprocesses", None))


def _start_services(config: pytest.Config) -> dict[str, str]:
    try:
        return _session.enter_context(services.running())
    except services.ServiceError as error:
        pytest.exit(str(error), returncode=2)


def pytest_configure(config: pytest.Config) -> None:
    """Start the local services before collection: examples read their URLs on import.

    Each test process gets the local HTTP service and a database of its own on
    the shared embedded PostgreSQL; both are exported to os.environ so examples
    run in child processes use them too. A bad HTTPBIN_URL or DATABASE_URL stops the
    run at once with one line, before any test starts.

    The first process (the xdist controller, or the only one) also makes the
    folder of shared example runs and, on a full run, starts every example in
    the background with services of its own.
    """
    # SIGTERM ends the session as Ctrl-C does: pytest_unconfigure stops the services.
    processes.stop_on_sigterm_like_ctrl_c()
    try:
        services.check_settings()
    except services.ServiceError as error:
        # One line on stderr ("Exit: ..."), exit code 2, before any test starts.
        pytest.exit(str(error), returncode=2)
    if SharedRuns.VARIABLE not in os.environ:
        folder = Path(_session.enter_context(tempfile.TemporaryDirectory(prefix="guide-runs-")))
        # Inherited by the xdist workers, which start after this.
        _session.enter_context(pytest.MonkeyPatch.context()).setenv(
            SharedRuns.VARIABLE, str(folder)
        )
        # A full run, not the second pass over the tests that failed (--lf; the option is
        # missing when the cache plugin is off).
        second_pass = config.getoption("lf", default=False)
        if config.args_source == pytest.Config.ArgsSource.TESTPATHS and not second_pass:
            _prefetch_all_examples(SharedRuns(folder), _start_services(config))
    if _is_xdist_controller(config):
        return
    env = _start_services(config)
    patch = _session.enter_context(pytest.MonkeyPatch.context())
    for key, value in env.items():
        patch.setenv(key, value)


def _prefetch_all_examples(runs: SharedRuns, env: dict[str, str]) -> None:
    # Three at a time: enough to overlap the sleeping, not so many that timings suffer.
    pool = _session.enter_context(ThreadPoolExecutor(max_workers=3, thread_name_prefix="prefetch"))
    _session.callback(pool.shutdown, cancel_futures=True)
    # The longest first, so no long run is left to start at the end.
    for example in sorted(discover(), key=expected_seconds, reverse=True):
        if example.runs_here():
            pool.submit(runs.run_if_unclaimed, example.name, env)


def pytest_unconfigure(config: pytest.Config) -> None:
    _session.close()


@pytest.fixture(scope="session")
def local_services() -> dict[str, str]:
    """The variables that point examples at the local services."""
    return {key: os.environ[key] for key in ("HTTPBIN_URL", "DATABASE_URL")}


_SEARCH_PLUGIN = re.compile(r"\n  search:\n(?:    .*\n)+")
"""The search plugin's entry under ``plugins:`` in mkdocs.yml and mkdocs.en.yml."""


def _make_project(
    tmp_path: Path,
    bodies: dict[str, str],
    docstrings: dict[str, str] | None = None,
    extra: dict[str, str] | None = None,
    search: bool = False,
    expected: dict[str, list[str]] | None = None,
) -> Path:
    """A copy of the site's machinery with one page per language including the given examples:
    ``snippets.trial.<name>`` whose ``main`` runs ``bodies[name]``, and for each name in
    ``expected`` a test module ``tests/snippets/trial/test_<name>.py`` declaring those
    lines as its ``EXPECTED`` (guide/expected.py).

    Without the search plugin unless ``search``: indexing (jieba's dictionary above all)
    is half the cost of a trial build, and only the serve test reads the index.
    """
    project = tmp_path / "project"
    docstrings = docstrings or {}
    for config in (language.config for language in SITE):
        text = (ROOT / config).read_text("utf-8")
        (project / config).parent.mkdir(parents=True, exist_ok=True)
        # Drop the nav: the copy has only an index page per language.
        text = text.split("\nnav:")[0] + "\n"
        if not search:
            text, found = _SEARCH_PLUGIN.subn("\n", text)
            assert found == 1, f"{config}: the search plugin's block moved; see _SEARCH_PLUGIN"
            # An empty `plugins:` would mean MkDocs' default plugins, search among them.
            text = text.replace("\nplugins:\n\n", "\n")
        (project / config).write_text(text, "utf-8")
    shutil.copytree(ROOT / "guide", project / "guide", dirs_exist_ok=True)
    shutil.copytree(ROOT / "docs" / "theme", project / "docs" / "theme", dirs_exist_ok=True)
    chapter = project / "snippets" / "trial"
    chapter.mkdir(parents=True, exist_ok=True)
    (project / "snippets" / "__init__.py").write_text("", "utf-8")
    (chapter / "__init__.py").write_text("", "utf-8")
    for name, lines in (expected or {}).items():
        tests = project / "tests" / "snippets" / "trial"
        tests.mkdir(parents=True, exist_ok=True)
        (tests / f"test_{name}.py").write_text(f"EXPECTED = {lines!r}\n", "utf-8")
    blocks = []
    for name, body in bodies.items():
        (chapter / f"{name}.py").write_text(
            f'"""{docstrings.get(name, "A trial example.")}"""\n\n'
            f"import asyncio\n\n\nasync def main() -> None:\n    {body}\n\n\n"
            'if __name__ == "__main__":\n    asyncio.run(main())\n',
            "utf-8",
        )
        blocks.append(
            f'```python exec="on" html="on"\nfrom guide.pages import example\n'
            f'print(example("snippets.trial.{name}"))\n```\n'
        )
    for language in SITE:
        docs = project / language.docs
        docs.mkdir(parents=True, exist_ok=True)
        (docs / "index.md").write_text(
            "# Trial { #trial }\n\n" + "\n".join(blocks) + (extra or {}).get(language.code, ""),
            "utf-8",
        )
    return project


@pytest.fixture
def trial_project(tmp_path: Path) -> Callable[..., Path]:
    """Make (or remake) a small buildable project in tmp_path: see ``_make_project``."""

    def make(
        bodies: dict[str, str],
        docstrings: dict[str, str] | None = None,
        extra: dict[str, str] | None = None,
        search: bool = False,
        expected: dict[str, list[str]] | None = None,
    ) -> Path:
        return _make_project(tmp_path, bodies, docstrings, extra, search, expected)

    return make


@pytest.fixture
def httpbin_stats(local_services) -> Callable[..., dict[str, int]]:
    """Read (or reset, then read) the local server's in-flight /delay counters.

    ``/_stats`` is local-only (httpbin.org has no such endpoint): tests use it,
    examples never do. ``peak`` is the most /delay requests in flight at once.
    A reset first waits until no /delay request is in flight: the server finishes
    the delays of clients that gave up (earlier tests' timeouts) on its own time.
    """
    base_url = local_services["HTTPBIN_URL"]

    def call(path: str, method: str) -> dict[str, int]:
        request = urllib.request.Request(f"{base_url}{path}", method=method)
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.load(response)

    def stats(reset: bool = False) -> dict[str, int]:
        if not reset:
            return call("/_stats", "GET")
        deadline = time.monotonic() + 15  # the longest /delay the server allows, and some
        while call("/_stats", "GET")["now"] and time.monotonic() < deadline:
            time.sleep(0.05)
        return call("/_stats/reset", "POST")

    return stats
