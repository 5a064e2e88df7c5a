"""Fixtures for the files chapter's tests."""

import re

import pytest

SLOW_STEP = re.compile(r"^Executing <.*> took \d+\.\d+ seconds$")
"""asyncio debug mode's log line for a step that ran over 0.1 s."""


@pytest.fixture
def shown(reader_run, lines_of):
    """What the example prints, without debug mode's slow-step log lines.

    The strict run is in asyncio debug mode; on a loaded machine a thread
    hop can take over 0.1 s and asyncio logs it. Such a line says nothing
    about the example, so the comparisons here leave it out.
    """

    def lines(name: str):
        printed = reader_run(name)
        return lines_of("\n".join(x for x in printed if not SLOW_STEP.match(x)))

    return lines
