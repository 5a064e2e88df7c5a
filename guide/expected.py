"""What an example is expected to print: one list per example, read by its tests and the build.

The expectation lives in the example's test module, ``tests/snippets/<chapter>/
test_<example>.py``, as a module-level literal::

    EXPECTED = [
        "0.0s  A step 1: suspends at await",
        ...
    ]

It is every line a plain ``python -m snippets.<chapter>.<example>`` prints, in order, with
each printed timing (``1.0s``) at its nominal value: what an idle machine prints. Where
the output depends on the Python version, ``EXPECTED`` is a dict from the oldest version
each list is for to that list (``{"3.11": [...], "3.12": [...]}``), and ``{python}`` in a
line stands for the running version (``3.13``).

The tests compare a run with it allowing ``TIMING_TOLERANCE`` of lateness
(``guide.testing.assert_printed``): the suite runs on a loaded machine. The build allows
none: a page shows only a run whose timings are the nominal ones, and runs an example
again when a stall of the machine moved one (``guide.examples.cached_run``).

The build reads the literal with ``ast`` (no import of the test module, so the docs
environment needs no pytest). Measurements (``(measurement)`` in the docstring) have no
expectation: their figures are this machine's.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ANY_TIMING = re.compile(r"(\d+\.\d+)s\b")
"""A printed timing with any number of decimals (``0.5s``, ``0.25s``): for comparing lines."""

Expectation = list[str] | dict[str, list[str]]


def expectation_file(root: Path, name: str) -> Path:
    """Where the expectation of example ``name`` (``chapter.example``) lives: its test."""
    chapter, _, leaf = name.rpartition(".")
    return root / "tests" / "snippets" / Path(*chapter.split(".")) / f"test_{leaf}.py"


def declared(path: Path) -> Expectation | None:
    """The ``EXPECTED`` literal of a test module, or None if it has none."""
    if not path.is_file():
        return None
    for node in ast.parse(path.read_text("utf-8")).body:
        if (
            isinstance(node, ast.Assign | ast.AnnAssign)
            and any(
                isinstance(target, ast.Name) and target.id == "EXPECTED"
                for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            )
            and node.value is not None
        ):
            try:
                return ast.literal_eval(node.value)
            except ValueError as error:
                raise ValueError(f"{path}: EXPECTED must be a literal ({error})") from None
    return None


def for_python(expected: Expectation, version: tuple[int, ...] = sys.version_info[:2]) -> list[str]:
    """The lines expected on this Python: the list, or the dict's entry for the newest
    version not newer than this one, with ``{python}`` replaced by the version."""
    running = ".".join(map(str, version[:2]))
    if isinstance(expected, dict):
        known = [key for key in expected if _as_tuple(key) <= tuple(version[:2])]
        if not known:
            raise ValueError(f"no expected lines for Python {running}: {sorted(expected)}")
        expected = expected[max(known, key=_as_tuple)]
    return [line.replace("{python}", running) for line in expected]


def _as_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def same_but_timings(line: str, expected: str, tolerance: float) -> bool:
    """Equal lines, except that printed timings (``1.0s``) may differ by ``tolerance``."""
    if ANY_TIMING.sub("<t>", line) != ANY_TIMING.sub("<t>", expected):
        return False
    pairs = zip(ANY_TIMING.findall(line), ANY_TIMING.findall(expected), strict=True)
    return all(abs(float(a) - float(b)) <= tolerance + 1e-9 for a, b in pairs)


def first_deviation(printed: list[str], expected: list[str], tolerance: float = 0.0) -> str | None:
    """None if ``printed`` is ``expected`` (timings within ``tolerance``), else the first
    line that differs, as ``line 7: printed '1.3s  ...', expected '1.0s  ...'``."""
    for number, (line, want) in enumerate(zip(printed, expected, strict=False), start=1):
        if not same_but_timings(line, want, tolerance):
            return f"line {number}: printed {line!r}, expected {want!r}"
    if len(printed) > len(expected):
        return f"line {len(expected) + 1}: printed {printed[len(expected)]!r}, expected no more"
    if len(printed) < len(expected):
        return f"line {len(printed) + 1}: printed nothing more, expected {expected[len(printed)]!r}"
    return None
