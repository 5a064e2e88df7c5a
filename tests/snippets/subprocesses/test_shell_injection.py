import sys

import pytest

from guide.testing import assert_printed
from snippets.subprocesses import shell_injection as example

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="/bin/sh")

EXPECTED = [
    "user input: 'notes.txt; echo injected'",
    "       shell: ['notes.txt']",
    "       shell: injected",
    "        exec: ['notes.txt; echo injected']",
    "quoted shell: ['notes.txt; echo injected']",
]


def test_reader_sees_the_injected_command_run(reader_run):
    assert_printed(reader_run("subprocesses.shell_injection"), EXPECTED)


def test_the_shell_runs_a_command_hidden_in_the_input(timed, tmp_path):
    marker = tmp_path / "created-by-injection"
    user_input = f"notes.txt; touch {marker}"
    timed(example.via_exec(user_input))
    timed(example.via_quoted_shell(user_input))
    assert not marker.exists()
    timed(example.via_shell(user_input))
    assert marker.exists()


def test_exec_passes_the_input_as_one_argument_whatever_it_holds(timed):
    tricky = "a b; echo $HOME | cat `id` 'q' \"d\""
    assert timed(example.via_exec(tricky))[0] == [repr([tricky])]
    assert timed(example.via_quoted_shell(tricky))[0] == [repr([tricky])]
