"""The local services stop however the process that started them ends.

Each entry point (``python -m snippets run``, ``mkdocs serve``, a pytest session) is
started on a private PostgreSQL data folder (``GUIDE_PGDATA``, so other users of the
machine's shared server are not disturbed), killed with SIGTERM or SIGKILL while its
services run, and then:

- its httpbin child is gone (it stops when its parent's pipe closes, even on SIGKILL);
- after SIGTERM the embedded PostgreSQL has stopped;
- after SIGKILL, one normal run of the runner prunes the dead user and stops it at
  its end, so no PostgreSQL of that data folder is left.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from guide import processes
from guide.examples import ROOT

SIGNALS = [signal.SIGTERM, signal.SIGKILL]
TRIAL_BODY = 'import os; print(os.environ["DATABASE_URL"] and os.environ["HTTPBIN_URL"] and "ok")'


def private_env(pgdata: Path) -> dict[str, str]:
    """This environment without the session's services, on a data folder of its own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("HTTPBIN_URL", "DATABASE_URL", "GUIDE_TEST_RUNS", "PYTEST_ADDOPTS")
        and not key.startswith(("PYTEST_XDIST", "PYTEST_CURRENT"))
    }
    return {**env, "GUIDE_PGDATA": str(pgdata)}


def project_postgres(pgdata: Path) -> list[psutil.Process]:
    """The PostgreSQL server processes of this data folder."""
    found = []
    for process in psutil.process_iter(["name", "cmdline"]):
        if process.info["name"] == "postgres" and str(pgdata) in (process.info["cmdline"] or []):
            found.append(process)
    return found


def children_running(pid: int, module: str) -> list[psutil.Process]:
    """The descendants of ``pid`` that run ``python -m <module>...``."""
    try:
        descendants = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    return [p for p in descendants if f"-m {module}" in _command_line(p)]


def _command_line(process: psutil.Process) -> str:
    try:
        return " ".join(process.cmdline())
    except psutil.Error:  # gone, or a zombie, since it was listed
        return ""


def httpbin_children(pid: int) -> list[psutil.Process]:
    return children_running(pid, "guide.httpbin")


def users(pgdata: Path) -> list[int]:
    listed = pgdata / ".handle_pids.json"
    return json.loads(listed.read_text() or "[]") if listed.exists() else []


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not after {timeout:.0f}s: {what}")
        time.sleep(0.05)


def gone(processes_: list[psutil.Process]) -> bool:
    return not [p for p in processes_ if _alive(p)]


def _alive(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def kill_while_serving(
    process: subprocess.Popen, pgdata: Path, signum: int, *, http: bool
) -> list[psutil.Process]:
    """Wait until ``process`` uses PostgreSQL (and httpbin), send ``signum``; return the
    httpbin children it had."""
    wait_until(lambda: process.pid in users(pgdata), 60, "the process uses PostgreSQL")
    assert project_postgres(pgdata)
    children: list[psutil.Process] = []
    if http:
        wait_until(lambda: httpbin_children(process.pid), 30, "an httpbin child runs")
        children = httpbin_children(process.pid)
    process.send_signal(signum)
    process.wait(timeout=60)
    return children


def assert_stopped(pgdata: Path, signum: int, httpbin: list[psutil.Process]) -> None:
    wait_until(lambda: gone(httpbin), 10, "the httpbin child stops with its parent")
    if signum == signal.SIGTERM:
        wait_until(lambda: not project_postgres(pgdata), 15, "PostgreSQL stops on SIGTERM")
    # The next normal use: prunes the dead user, and stops the server at its end.
    normal = subprocess.run(
        [sys.executable, "-m", "snippets", "run", "postgres.query"],
        cwd=ROOT,
        env=private_env(pgdata),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert normal.returncode == 0, normal.stderr
    wait_until(lambda: not project_postgres(pgdata), 15, "no PostgreSQL after the next run")
    assert users(pgdata) == []


@pytest.fixture
def pgdata(tmp_path: Path):
    folder = tmp_path / "pg"
    yield folder
    for leftover in project_postgres(folder):  # only if a test failed: never leak one
        leftover.kill()


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
def test_runner(pgdata, signum):
    runner = subprocess.Popen(
        [sys.executable, "-m", "snippets", "run", "postgres.pool"],
        cwd=ROOT,
        env=private_env(pgdata),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    kill_while_serving(runner, pgdata, signum, http=False)
    assert_stopped(pgdata, signum, [])


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
def test_runner_httpbin(tmp_path, signum):
    runner = subprocess.Popen(
        [sys.executable, "-m", "snippets", "run", "http_client.retry_backoff"],
        cwd=ROOT,
        env=private_env(tmp_path / "pg"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Once the example runs, the server is up (killed while it starts, it would stop
    # on its own when it prints its URL to a closed pipe).
    wait_until(lambda: children_running(runner.pid, "snippets."), 30, "the example runs")
    children = httpbin_children(runner.pid)
    assert children
    runner.send_signal(signum)
    runner.wait(timeout=60)
    wait_until(lambda: gone(children), 10, "the httpbin child stops with its parent")


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
def test_serve(trial_project, tmp_path, pgdata, signum):
    project = trial_project({"uses_both": TRIAL_BODY})
    log = tmp_path / "serve.log"
    serve, _ = processes.start_mkdocs_serve(project, log, env=private_env(pgdata))
    try:
        processes.wait_for_line(log, "Serving on", timeout=120)
        httpbin = kill_while_serving(serve, pgdata, signum, http=True)
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
    assert_stopped(pgdata, signum, httpbin)


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: s.name)
def test_pytest_session(pgdata, signum):
    session = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "tests/test_services.py",
        ],
        cwd=ROOT,
        env=private_env(pgdata),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    httpbin = kill_while_serving(session, pgdata, signum, http=True)
    assert_stopped(pgdata, signum, httpbin)
