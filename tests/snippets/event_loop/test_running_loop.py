import asyncio
import sys

import pytest

from guide.testing import assert_printed
from snippets.event_loop import running_loop as example

NO_CURRENT_LOOP = "There is no current event loop in thread 'MainThread'."


def expected_before_run() -> str:
    """What get_event_loop() does with no loop set, per Python version."""
    if sys.version_info >= (3, 14):
        return f"RuntimeError: {NO_CURRENT_LOOP}"
    if sys.version_info >= (3, 12):
        return "made a new loop; DeprecationWarning: There is no current event loop"
    return "made a new loop; no warning"


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
