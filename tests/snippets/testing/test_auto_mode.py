import asyncio

from guide.testing import assert_printed
from snippets.testing import auto_mode as example
from snippets.testing._run_tests import run_pytest

EXPECTED = [
    "$ python -m pytest auto_mode.py -q -o asyncio_mode=auto",
    "..                                                                      [100%]",
    "2 passed",
]


def test_unmarked_tests_and_fixtures_run_in_auto_mode(reader_run):
    assert_printed(reader_run("testing.auto_mode"), EXPECTED)


def test_the_same_file_fails_in_strict_mode(capsys):
    # The folder's pytest.ini says strict mode: without the option, neither
    # unmarked test runs on a loop: the one with the async fixture errors.
    asyncio.run(run_pytest(example.__file__, "--tb=no"))
    printed = capsys.readouterr().out.splitlines()
    assert printed[-1] == "1 failed, 1 error", printed
    # The plain test fails; the one that uses the async fixture stops at it.
    outcomes = {line.split()[1]: line.split()[0] for line in printed if " - " in line}
    assert outcomes == {
        "auto_mode.py::test_runs_on_an_event_loop": "FAILED",
        "auto_mode.py::test_total": "ERROR",
    }
