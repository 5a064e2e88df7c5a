"""Build the site several times from scratch and compare the pages.

    uvx nox -s fresh_builds -- 5      (or: python benchmarks/fresh_builds.py 5)

Each build is ``GUIDE_FRESH=1 mkdocs build --strict`` (every example run anew, as in CI
and the Pages workflow) into a folder of its own. A build publishes only runs that print
what their tests expect (guide/expected.py), so every page must come out byte for byte
the same, except for the figures measurements take on this machine: the blocks
``guide.pages.measured`` marks (``<div class="guide-measured" ...>``: a measurement's
note and output, its chart, the performance table), which this script masks, and nothing
else. It prints ``name: value`` figures (each build's seconds and reruns, pages compared
and pages that differ), then each differing page with its first differing line, and exits
with 1 if a build failed or a page differs.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guide import processes  # noqa: E402

MEASURED_START = re.compile(r'<div class="guide-measured" data-source="([^"]*)"[^>]*>')
DIV_TAG = re.compile(r"<div\b|</div>")
RERUNS = re.compile(r"reruns of runs that were not clean: (\d+)(?: \(([^)]*)\))?")


def masked(html: str) -> str:
    """The page with every measured block's content replaced by its source's name."""
    parts, position = [], 0
    while match := MEASURED_START.search(html, position):
        parts.append(html[position : match.start()])
        depth, cursor = 1, match.end()
        while depth:
            tag = DIV_TAG.search(html, cursor)
            if tag is None:
                raise ValueError(f"unclosed measured block of {match[1]}")
            depth += -1 if tag[0] == "</div>" else 1
            cursor = tag.end()
        parts.append(f"<!-- measured: {match[1]} -->")
        position = cursor
    parts.append(html[position:])
    return "".join(parts)


def pages(site: Path) -> dict[str, str]:
    return {
        str(path.relative_to(site)): masked(path.read_text("utf-8"))
        for path in sorted(site.rglob("*.html"))
    }


def first_difference(a: str, b: str) -> str:
    for line in difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0):
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++")):
            return line[:200]
    return "(whitespace at the end)"


def main(builds: int) -> int:
    failed = False
    results: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="fresh-builds-") as folder:
        for number in range(1, builds + 1):
            site = Path(folder) / f"site-{number}"
            started = time.perf_counter()
            done = processes.mkdocs_build(
                ROOT, site, env={**os.environ, "GUIDE_FRESH": "1"}, timeout=900
            )
            seconds = time.perf_counter() - started
            log = done.stdout + done.stderr
            reruns = RERUNS.search(log)
            print(f"build_{number}_s: {seconds:.1f}")
            print(f"build_{number}_reruns: {reruns[1] if reruns else 'unknown'}")
            if reruns and reruns[2]:
                print(f"# build {number} reran: {reruns[2]}")
            for line in log.splitlines():
                if "was not clean" in line:
                    print(f"#   {line.strip()}")
            if done.returncode != 0:
                failed = True
                print(f"# build {number} FAILED:\n{log[-3000:]}")
                continue
            results.append(pages(site))
    if not results:
        return 1
    first, differing = results[0], 0
    for number, other in enumerate(results[1:], start=2):
        for page in sorted(first.keys() | other.keys()):
            if first.get(page) != other.get(page):
                differing += 1
                where = first_difference(first.get(page, ""), other.get(page, ""))
                print(f"# build {number} differs from build 1 in {page}: {where}")
    print(f"pages_compared: {len(first)}")
    print(f"builds_compared: {len(results)}")
    print(f"pages_differing: {differing}")
    return 1 if failed or differing else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2))
