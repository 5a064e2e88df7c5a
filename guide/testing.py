"""Small helpers the example tests share: reading what an example printed."""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import io
import os
import re
import time
from collections.abc import Callable, Coroutine
from typing import Any

from guide.examples import printed_figures
from guide.expected import Expectation, for_python, same_but_timings

TIMING = re.compile(r"\d+\.\ds")
"""A printed timing such as ``0.5s``."""

TIMING_TOLERANCE = 0.3
"""Seconds: the one allowance for timing jitter, in every check of printed or measured time.

A timer never fires early; a busy 2-core machine running the suite in parallel (and building
the site meanwhile) makes it late by this much at most. Two runs of one example therefore
differ by at most this much too (the page check compares the build's run with the tests')."""

TIMED_LINE = re.compile(r"(\d+\.\d)s  (.+)")
"""A line that starts with when it happened: ``0.5s  A step 1: resumed``."""


def assert_printed(
    lines: list[str], expected: Expectation, tolerance: float = TIMING_TOLERANCE
) -> None:
    """Fail unless ``lines`` are ``expected``, line for line, except that printed timings
    (``1.0s``) may differ by ``tolerance`` seconds. The failure shows a diff.

    ``expected`` is a list of lines or an example's ``EXPECTED`` (``guide.expected``:
    a dict by Python version is read for this Python)."""
    __tracebackhide__ = True
    expected = for_python(expected)
    if len(lines) == len(expected) and all(
        same_but_timings(line, want, tolerance) for line, want in zip(lines, expected, strict=True)
    ):
        return
    diff = difflib.unified_diff(
        expected, lines, "expected", "printed", lineterm="", n=len(expected) + len(lines)
    )
    raise AssertionError(
        f"printed lines differ (timings may be off by {tolerance}s):\n" + "\n".join(diff)
    )


def seconds_in(line: str) -> float:
    """The timing printed in a line: 0.5 for "at 0.5s"."""
    match = TIMING.search(line)
    if match is None:
        raise ValueError(f"no timing in {line!r}")
    return float(match[0][:-1])


def figures(lines: list[str]) -> dict[str, float]:
    """The ``name: value`` figures among printed lines."""
    return {name: float(value) for name, value in printed_figures("\n".join(lines)).items()}


def timeline(lines: list[str]) -> list[tuple[float, str]]:
    """``(seconds, label)`` for each line that starts with a timing, in printed order."""
    return [(float(m[1]), m[2]) for line in lines if (m := TIMED_LINE.fullmatch(line))]


def late_by_at_most(
    found: list[float], expected: list[float], late: float = TIMING_TOLERANCE
) -> bool:
    """Each timing happened no earlier than expected and at most ``late`` seconds after.

    A timer never fires early (0.05 s is left for rounding to one decimal); a busy
    machine can only make it late.
    """
    return len(found) == len(expected) and all(
        want - 0.05 <= seconds <= want + late + 1e-9
        for seconds, want in zip(found, expected, strict=True)
    )


def took(seconds: float, expected: float, late: float = TIMING_TOLERANCE) -> bool:
    """A measured duration: no shorter than ``expected`` (timers never fire early; 0.02 s
    is left for the clock), at most ``late`` seconds longer on a busy machine."""
    return expected - 0.02 <= seconds <= expected + late


SLOW_STEP = re.compile(r"^Executing <.*> took \d+\.\d+ seconds$")
"""asyncio debug mode logs any step over 0.1 s; on a busy machine that is noise, not output."""
CREATED_AT = "Coroutine created at (most recent call last)"
CREATED_AT_FRAME = re.compile(r"^  File |^    ")


def without_debug_lines(output: str) -> list[str]:
    """The lines a reader's plain ``python -m`` prints, out of a debug-mode run's output.

    Debug mode adds two things: "Executing <Task ...> took 0.1 seconds" for any slow step
    (noise on a busy machine), and under a never-awaited-coroutine warning the frames
    where the coroutine was created.
    """
    lines: list[str] = []
    in_frames = False
    for line in output.splitlines():
        in_frames = line == CREATED_AT or (in_frames and bool(CREATED_AT_FRAME.match(line)))
        if not in_frames and not SLOW_STEP.match(line):
            lines.append(line)
    return lines


def timed_call(function: Callable[[Any], Any], argument: Any) -> tuple[int, float, float]:
    """Call ``function(argument)``; return this process's pid and when the call started
    and ended (``time.time()``). Importable by name, so a worker process can run it."""
    started = time.time()
    function(argument)
    return os.getpid(), started, time.time()


def child_left_behind(pid: int) -> bool:
    """True if ``pid`` is a child of this process that nobody has reaped yet: still
    running, or a zombie whose exit status is waiting to be collected. (Unix)"""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return False  # reaped: no longer a child of this process
    return True


def printed_in_process(main: Callable[[], Coroutine[Any, Any, Any]]) -> list[str]:
    """The lines an example's ``main()`` prints, run in this process with
    ``asyncio.run`` as the build runs it: no debug mode, so measurements are the
    build's kind (the strict reader run slows them several times)."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        asyncio.run(main())
    return printed.getvalue().splitlines()
