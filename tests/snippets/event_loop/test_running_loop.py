import asyncio
import sys

import pytest

from guide import interpreters
from guide.testing import assert_printed
from snippets.event_loop import running_loop as example

NO_CURRENT_LOOP = "There is no current event loop in thread 'MainThread'."


def expected_before_run(version: tuple[int, int] = sys.version_info[:2]) -> str:
    """What get_event_loop() does with no loop set, per Python version: the
    rows of the page's table."""
    if version >= (3, 14):
        return f"RuntimeError: {NO_CURRENT_LOOP}"
    if version >= (3, 12):
        return "made a new loop; DeprecationWarning: There is no current event loop"
    return "made a new loop; no warning"


def as_tuple(version: str) -> tuple[int, int]:
    major, minor = version.split(".")
    return int(major), int(minor)


def test_prints_what_this_python_does(reader_run):
    major, minor = sys.version_info[:2]
    assert_printed(
        reader_run("event_loop.running_loop"),
        [
            f"Python {major}.{minor}",
            "before asyncio.run:",
            "  get_running_loop():",
            "    RuntimeError: no running event loop",
            "  get_event_loop():",
            f"    {expected_before_run()}",
            "in a coroutine: get_event_loop() is the running loop: True",
            "after asyncio.run:",
            "  get_running_loop():",
            "    RuntimeError: no running event loop",
            "  get_event_loop():",
            f"    RuntimeError: {NO_CURRENT_LOOP}",
        ],
    )


def test_get_running_loop_raises_outside_a_coroutine():
    with pytest.raises(RuntimeError, match="no running event loop"):
        asyncio.get_running_loop()


def test_inside_a_coroutine_both_give_the_running_loop(capsys):
    asyncio.run(example.main())
    assert capsys.readouterr().out == (
        "in a coroutine: get_event_loop() is the running loop: True\n"
    )


def test_every_python_here_prints_its_row_of_the_table():
    """The page's table shows each version's own run: each one that ran prints
    what its row says (here 3.11 to 3.13; CI runs the suite on 3.14 too)."""
    ran = []
    for version in interpreters.SUPPORTED:
        lines = interpreters.printed(example.__name__, version)
        if lines is not None:
            ran.append(version)
            got = interpreters.line_after(lines, "  get_event_loop():")
            assert got == expected_before_run(as_tuple(version)), version
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in ran


def test_the_table_says_which_versions_did_not_run():
    table = interpreters.runs_table(
        example.__name__,
        after="  get_event_loop():",
        header=("Python", "does", "printed"),
        behaviour={"3.99": "something new", interpreters.SUPPORTED[0]: "old"},
        missing="not run: no Python {version} here",
        versions=(interpreters.SUPPORTED[0], "3.99"),
    )
    assert table.splitlines()[2:] == [
        f"| 3.11 | old | `{expected_before_run((3, 11))}` |"
        if interpreters.printed(example.__name__, "3.11")
        else "| 3.11 | old | not run: no Python 3.11 here |",
        "| 3.99 | something new | not run: no Python 3.99 here |",
    ]
