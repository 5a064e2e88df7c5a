"""Small helpers the example tests share: reading what an example printed."""

from __future__ import annotations

import re

from guide.pages import FIGURE

TIMING = re.compile(r"\d+\.\ds")
"""A printed timing such as ``0.5s``."""


def seconds_in(line: str) -> float:
    """The timing printed in a line: 0.5 for "at 0.5s"."""
    match = TIMING.search(line)
    if match is None:
        raise ValueError(f"no timing in {line!r}")
    return float(match[0][:-1])


def figures(lines: list[str]) -> dict[str, float]:
    """The ``name: value`` figures among printed lines."""
    return {name: float(value) for name, value in FIGURE.findall("\n".join(lines))}
