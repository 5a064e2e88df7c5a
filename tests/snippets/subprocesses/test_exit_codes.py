import subprocess
import sys

import pytest

from guide.testing import assert_printed
from snippets.subprocesses import exit_codes as example

EXPECTED = [
    "fine: exit code 0",
    "  stdout: 'done'",
    "  stderr: ''",
    "gives up: exit code 3",
    "  stdout: ''",
    "  stderr: 'no input'",
    "crashes: exit code 1",
    "  stdout: ''",
    "  stderr: 'ValueError: bad header'",
    "run_checked raised: exit code 1",
]


def test_reader_sees_each_exit_code_and_stderr(reader_run):
    assert_printed(reader_run("subprocesses.exit_codes"), EXPECTED)


def test_a_failed_child_does_not_raise_by_itself(timed):
    (returncode, stdout, stderr), _ = timed(example.run("import sys; sys.exit(7)"))
    assert (returncode, stdout, stderr) == (7, "", "")


def test_stderr_is_kept_apart_from_stdout(timed):
    code = "import sys; print('out'); print('err', file=sys.stderr)"
    (returncode, stdout, stderr), _ = timed(example.run(code))
    assert (returncode, stdout, stderr) == (0, "out", "err")


def test_run_checked_returns_stdout_or_raises(timed):
    assert timed(example.run_checked("print('fine')"))[0] == "fine"
    with pytest.raises(subprocess.CalledProcessError) as raised:
        timed(example.run_checked(example.CHILDREN["gives up"]))
    assert raised.value.returncode == 3
    assert raised.value.stderr == "no input"


def test_sync_subprocess_run_with_check_raises_the_same_error():
    with pytest.raises(subprocess.CalledProcessError) as raised:
        subprocess.run([sys.executable, "-c", example.CHILDREN["gives up"]], check=True)
    assert raised.value.returncode == 3


def test_an_uncaught_exception_prints_a_traceback_on_stderr():
    result = subprocess.run(
        [sys.executable, "-c", example.CHILDREN["crashes"]], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Traceback (most recent call last):")
