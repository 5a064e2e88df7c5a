import asyncio
import os
import subprocess
import sys

from guide.examples import ROOT
from guide.testing import assert_printed
from snippets.testing import no_leaks as example

EXPECTED = [
    "$ python -m pytest no_leaks.py -q --tb=line",
    "..E                                                                     [100%]",
    "=================================== ERRORS ====================================",
    "___________________ ERROR at teardown of test_leaks_a_task ____________________",
    "E   AssertionError: left running: ['heartbeat']",
    "    assert not ['heartbeat']",
    "=========================== short test summary info ===========================",
    "ERROR no_leaks.py::test_leaks_a_task - AssertionError: left running: ['heart...",
    "2 passed, 1 error",
]


def test_the_fixture_fails_only_the_test_that_leaks(reader_run):
    assert_printed(reader_run("testing.no_leaks"), EXPECTED)


def test_the_block_cancels_and_awaits_its_task():
    async def run() -> tuple[bool, set[asyncio.Task]]:
        async with example.Heartbeat(0.01) as heartbeat:
            await asyncio.sleep(0.05)
        return heartbeat.task.cancelled(), asyncio.all_tasks() - {asyncio.current_task()}

    cancelled, left = asyncio.run(run())
    assert cancelled
    assert left == set()


def test_without_the_fixture_a_leaked_task_passes_unnoticed(tmp_path):
    # What the fixture is for: pytest-asyncio cancels what is left when it closes the
    # test's loop, and the leaking test passes without a word.
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_default_fixture_loop_scope = function\n", "utf-8"
    )
    (tmp_path / "test_leak.py").write_text(
        "import pytest\n"
        "from snippets.testing.no_leaks import Heartbeat\n\n\n"
        "@pytest.mark.asyncio\n"
        "async def test_leaks_a_task():\n"
        "    await Heartbeat(0.01).__aenter__()\n",
        "utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1].startswith("1 passed in "), result.stdout
    assert "warning" not in result.stdout.lower()
