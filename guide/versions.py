"""The versions page's table (docs/<language>/versions.md): one row per asyncio change,
each linking to its chapter and to the section where an example shows it.

``tests/test_versions_page.py`` checks the rows against the pages' sources and
``tests/test_build.py`` against the built site (every link resolves, the example is
rendered in the linked section, version-marked examples carry their badge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

PAGE = "versions.md"

_ROW = re.compile(
    r"^\| (?P<python>3\.\d+) \| (?P<change>.+?) "
    r"\| \[[^\]]+\]\((?P<chapter>[\w-]+\.md)\) "
    r"\| \[`(?P<example>[\w.]+)`\]\((?P<page>[\w-]+\.md)#(?P<anchor>[\w-]+)\) \|$"
)


@dataclass(frozen=True)
class Row:
    python: str  # "3.12"
    chapter: str  # "timeouts.md"
    example: str  # "timeouts.wait_for", below snippets
    page: str  # the page of the section that shows it
    anchor: str


def rows(docs: Path) -> list[Row]:
    """The change rows of ``docs/<language>/versions.md``. A table line that starts with
    a version but does not have this shape raises, so a malformed row is never skipped."""
    found = []
    for line in (docs / PAGE).read_text("utf-8").splitlines():
        if not re.match(r"^\| 3\.\d+ \|", line):
            continue
        match = _ROW.match(line)
        if match is None:
            raise ValueError(f"{docs / PAGE}: a row without chapter and example links: {line}")
        found.append(
            Row(
                match["python"],
                match["chapter"],
                match["example"],
                match["page"],
                match["anchor"],
            )
        )
    return found
