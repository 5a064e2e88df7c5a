"""guide.launcher: a run forked from the launcher is the run ``python -m`` makes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from guide.launcher import OWN_FRAME, Launcher

MODULE = textwrap.dedent(
    """
    import atexit, os, sys, threading, time, warnings

    print("name:", __name__, "spec:", __spec__.name)
    print("argv0:", os.path.relpath(sys.argv[0]), "argv:", sys.argv[1:])
    print("path0 is cwd:", sys.path[0] == os.getcwd(), "cwd:", os.path.basename(os.getcwd()))
    print("X:", os.environ.get("X"), "buffered:", os.environ.get("PYTHONUNBUFFERED"))
    print("to stderr", file=sys.stderr)
    print("leftovers in __main__:", sorted(n for n in globals() if not n.startswith("_")
          and n not in {"atexit", "os", "sys", "threading", "time", "warnings"}))
    warnings.warn("shown once, as python -m shows it", RuntimeWarning)
    atexit.register(print, "atexit ran")
    def late():
        time.sleep(0.2)
        print("a non-daemon thread finished after the module's last line")
    threading.Thread(target=late).start()
    print("session leader:", os.getsid(0) == os.getpid())
    sys.exit(3)
    """
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "demo.py").write_text(MODULE)
    (package / "stuck.py").write_text(
        "import subprocess, sys, time\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "print('started', flush=True)\n"
        "time.sleep(60)\n"
    )
    (package / "crash.py").write_text("def main():\n    raise ValueError('boom')\nmain()\n")
    return tmp_path


def child_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONWARNINGS"}
    return env | {"PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"} | extra


@pytest.fixture
def launcher() -> Iterator[Launcher]:
    started = Launcher(child_env())
    yield started
    started.stop()


def plain(project: Path, module: str, env: dict[str, str]) -> tuple[bytes, int]:
    done = subprocess.run(
        [sys.executable, "-m", module, "an-arg"],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        timeout=30,
    )
    return done.stdout, done.returncode


def launched(launcher: Launcher, project: Path, module: str, env: dict[str, str], args=("an-arg",)):
    child = launcher.launch(module, list(args), project, env)
    output, _ = child.communicate(timeout=30)
    return output, child.returncode


def test_a_forked_run_prints_what_python_m_prints(launcher: Launcher, project: Path) -> None:
    env = child_env(X="from the request")
    expected_output, expected_code = plain(project, "pkg.demo", env)
    assert expected_code == 3
    assert b"atexit ran" in expected_output
    assert b"non-daemon" in expected_output
    output, code = launched(launcher, project, "pkg.demo", env)
    assert (output.decode(), code) == (expected_output.decode(), expected_code)


def test_a_timeout_kills_the_run_and_what_it_started(launcher: Launcher, project: Path) -> None:
    started = time.perf_counter()
    child = launcher.launch("pkg.stuck", [], project, child_env())
    with pytest.raises(subprocess.TimeoutExpired):
        child.communicate(timeout=1)
    os.killpg(child.pid, signal.SIGKILL)  # as guide.examples.run does
    output, _ = child.communicate()  # returns only once the grandchild is gone too
    assert output == b"started\n"
    assert child.returncode == -signal.SIGKILL
    assert time.perf_counter() - started < 10


def test_a_stack_from_the_outermost_frame_names_the_launcher(
    launcher: Launcher, project: Path
) -> None:
    """Where `python -m` prints runpy's frames, a forked run prints the launcher's; the
    build sees OWN_FRAME and runs such an example again the plain way."""
    output, code = launched(launcher, project, "pkg.crash", child_env(), args=())
    assert code == 1
    assert "ValueError: boom" in output.decode()
    assert OWN_FRAME in output.decode()
    assert OWN_FRAME not in plain(project, "pkg.crash", child_env())[0].decode()


def test_only_runs_a_fork_can_reproduce(launcher: Launcher) -> None:
    assert launcher.can_run(sys.executable, child_env(DATABASE_URL="postgresql://x"))
    assert launcher.can_run(sys.executable, child_env(PYTHONASYNCIODEBUG="1"))
    assert not launcher.can_run(sys.executable, child_env(PYTHONWARNINGS="error"))
    assert not launcher.can_run(sys.executable, child_env(PYTHONDEVMODE="1"))
    assert not launcher.can_run("/usr/bin/python3.11-not-this-one", child_env())
