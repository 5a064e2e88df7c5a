"""zh and en say the same things: the same pages, includes, timelines, anchors,
admonitions and tabs,
and a description in the front matter of both or neither.

``python -m guide.parity`` prints ``name: value`` figures and, when the languages
differ, a readable list of differences (exit status 1). ``tests/test_parity.py``
runs the same comparison.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from guide.includes import page_includes, page_timelines
from guide.languages import LANGUAGES, language, page_files

ANCHOR = re.compile(r"^#{1,6} .*\{ *#([\w-]+) *\}\s*$", re.M)
HEADING = re.compile(r"^#{1,6} ", re.M)
ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?) *(\w+)", re.M)
TAB = re.compile(r'^\s*===\+? +"', re.M)
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", re.M)
CODE_BLOCK = re.compile(r"^\s*```.*?^\s*```", re.M | re.S)
FRONT_MATTER = re.compile(r"\A---\n(.*?)^---$", re.M | re.S)
# A non-empty value, plain or quoted; read without a YAML parser because `nox -s parity`
# installs only the project's own dependencies.
DESCRIPTION = re.compile(r"""^description:[ \t]*(?:"[^"\s]|'[^'\s]|[^\s"'])""", re.M)


@dataclass
class Outline:
    """What must match between the languages, in order."""

    includes: list[tuple[str, str | None]]
    timelines: list[str]
    anchors: list[str]
    admonitions: list[str]
    tabs: int
    tables: int
    has_description: bool
    headings_without_anchor: list[str] = field(default_factory=list)


def outline(code: str, page: Path) -> Outline:
    text = (language(code).docs_dir / page).read_text("utf-8")
    includes = page_includes(text)
    front_matter = FRONT_MATTER.match(text)
    prose = CODE_BLOCK.sub("", text[front_matter.end() if front_matter else 0 :])  # not code
    return Outline(
        includes=includes,
        timelines=page_timelines(text),
        anchors=ANCHOR.findall(prose),
        admonitions=ADMONITION.findall(prose),
        tabs=len(TAB.findall(prose)),
        tables=len(TABLE_RULE.findall(prose)),
        has_description=bool(front_matter and DESCRIPTION.search(front_matter[1])),
        headings_without_anchor=[
            line for line in prose.splitlines() if HEADING.match(line) and not ANCHOR.match(line)
        ],
    )


def compare() -> tuple[list[str], dict[str, int]]:
    """The differences (empty when zh and en agree) and what was compared."""
    problems: list[str] = []
    pages = {code: page_files(code) for code in LANGUAGES}
    first, second = LANGUAGES  # the comparison is pairwise: the site has two
    zh, en = set(pages[first]), set(pages[second])
    problems += [f"{page}: only in {first}" for page in sorted(zh - en)]
    problems += [f"{page}: only in {second}" for page in sorted(en - zh)]
    figures = dict.fromkeys(
        (
            "pages",
            "descriptions",
            "includes",
            "timelines",
            "anchors",
            "admonitions",
            "tabs",
            "tables",
        ),
        0,
    )
    for page in sorted(zh & en):
        a, b = outline(first, page), outline(second, page)
        figures["pages"] += 1
        figures["descriptions"] += a.has_description and b.has_description
        figures["includes"] += len(a.includes)
        figures["timelines"] += len(a.timelines)
        figures["anchors"] += len(a.anchors)
        figures["admonitions"] += len(a.admonitions)
        figures["tabs"] += a.tabs
        figures["tables"] += a.tables
        if a.has_description != b.has_description:
            only = first if a.has_description else second
            problems.append(f"{page}: a description in the front matter only in {only}")
        for part in ("includes", "timelines", "anchors", "admonitions", "tabs", "tables"):
            if getattr(a, part) != getattr(b, part):
                problems.append(
                    f"{page}: {part} differ\n  {first}: {getattr(a, part)}\n"
                    f"  {second}: {getattr(b, part)}"
                )
        for code, side in ((first, a), (second, b)):
            problems += [
                f"{page} ({code}): heading without {{ #anchor }}: {line}"
                for line in side.headings_without_anchor
            ]
    return problems, figures


def main() -> int:
    problems, figures = compare()
    for name, value in figures.items():
        print(f"{name}: {value}")
    print(f"differences: {len(problems)}")
    for problem in problems:
        print(f"- {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
