"""The prose of a page: its Markdown without code, for the typography and
terminology checks (tests/test_typography.py, tests/test_terminology.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
ADMONITION = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?) [\w-]+(?: "(.*)")?\s*$')
LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?: \"[^\"]*\")?\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
ANCHOR = re.compile(r"\s*\{ #[\w-]+ \}\s*$")


def prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line outside front matter keys and fenced code,
    with admonition markers and heading anchors removed. Inline code stays."""
    lines = text.splitlines()
    in_fence = False
    start = 0
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        for number in range(1, end):
            key, _, value = lines[number].partition(": ")
            if key == "description":
                yield number + 1, value
        start = end + 1
    for number in range(start, len(lines)):
        line = lines[number]
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        admonition = ADMONITION.match(line)
        if admonition:
            line = admonition[2] or ""
        yield number + 1, ANCHOR.sub("", line)


def without_code(line: str) -> str:
    """The line with each inline code span replaced by ``CODE``."""
    return INLINE_CODE.sub("CODE", line)


def visible(line: str) -> str:
    """What a reader sees of a prose line: link and bold markup removed
    (inline code is kept as ``CODE``, a Latin word)."""
    line = without_code(line)
    line = LINK.sub(r"\1", line)
    return BOLD.sub(r"\1", line)
