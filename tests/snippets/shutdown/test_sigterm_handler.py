import asyncio
import signal

import pytest

from guide.testing import assert_printed
from snippets.shutdown import sigterm_handler as example

# What the example prints; the build publishes only a run that prints exactly this
# (guide/expected.py), the tests allow TIMING_TOLERANCE.
EXPECTED = [
    "no handler:",
    "  child: running",
    # No "finally ran": SIGTERM's default action ended the child at once.
    "  exit code -15, killed by SIGTERM",
    "add_signal_handler(SIGTERM, ...):",
    "  child: running",
    "  child: SIGTERM arrived, stopping",
    "  child: finally ran",
    "  exit code 0",
]


def test_sigterm_kills_without_a_handler_and_wakes_the_loop_with_one(reader_run):
    assert_printed(reader_run("shutdown.sigterm_handler"), EXPECTED)


def test_the_children_really_get_sigterm_and_the_codes_are_theirs(capsys):
    # The same children, each terminated by the example's own code: the
    # exit code comes from the child, not from the printing.
    assert signal.SIGTERM.value == 15
    asyncio.run(example.terminate("no handler", example.NO_HANDLER))
    asyncio.run(example.terminate("handler", example.WITH_HANDLER))
    printed = capsys.readouterr().out.splitlines()
    assert printed[2] == "  exit code -15, killed by SIGTERM"
    assert printed[-2:] == ["  child: finally ran", "  exit code 0"]


def test_only_the_unix_event_loop_implements_add_signal_handler():
    # The page's "Unix only": the Windows loops derive from these base classes and do
    # not define the method, so they inherit AbstractEventLoop's NotImplementedError.
    from asyncio import proactor_events, selector_events, unix_events

    for base in (selector_events.BaseSelectorEventLoop, proactor_events.BaseProactorEventLoop):
        assert base.add_signal_handler is asyncio.AbstractEventLoop.add_signal_handler
    with pytest.raises(NotImplementedError):
        asyncio.AbstractEventLoop().add_signal_handler(signal.SIGTERM, print)
    own = unix_events._UnixSelectorEventLoop.add_signal_handler
    assert own is not asyncio.AbstractEventLoop.add_signal_handler


def test_kill_with_no_signal_named_sends_sigterm():
    # The page: "`kill <pid>` sends it SIGTERM". The shell's kill, as a reader types it.
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        subprocess.run(["sh", "-c", f"kill {child.pid}"], check=True, timeout=10)
        assert child.wait(timeout=10) == -signal.SIGTERM
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
