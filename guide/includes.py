"""Which examples a page includes: the one reading of the pages' ``example(...)`` calls.

A page includes an example with ``example("snippets.<chapter>.<example>")``, optionally
``section="name"``, in a markdown-exec block (see ``guide.pages``). The build starts the
runs of what its pages include, and the contract test, the build test, the parity check
and ``bench_build`` all read the pages with the functions here.
"""

from __future__ import annotations

import re
from pathlib import Path

from guide.languages import LANGUAGES, language

INCLUDE_PATTERN = re.compile(
    r"""\bexample\(\s*["']snippets\.(?P<name>[\w.]+)["']"""
    r"""(?:\s*,\s*section\s*=\s*["'](?P<section>[\w-]+)["'])?"""
    r"""(?P<rest>[^)]*)\)"""
)

TIMELINE_PATTERN = re.compile(r"""\btimeline\(\s*["']snippets\.(?P<name>[\w.]+)["']""")
"""A page's timeline of an example: ``timeline("snippets.<chapter>.<example>", ...)``
(``guide.pages.timeline``). The build runs such an example under the tracer."""

Include = tuple[str, str | None]
"""(example name below ``snippets``, section or None)."""


def page_includes(text: str) -> list[Include]:
    """What a page's Markdown includes, in order."""
    return [(m["name"], m["section"]) for m in INCLUDE_PATTERN.finditer(text)]


def folder_includes(folder: Path) -> dict[Path, list[Include]]:
    """What each Markdown page under ``folder`` includes, by path relative to it."""
    return {
        path.relative_to(folder): page_includes(path.read_text("utf-8"))
        for path in sorted(folder.rglob("*.md"))
    }


def language_includes(code: str) -> dict[Path, list[Include]]:
    """What each page of one language includes, by page file (``why-async.md``)."""
    return folder_includes(language(code).docs_dir)


def site_includes() -> dict[tuple[str, Path], list[Include]]:
    """What each page of every language includes, by (language, page file)."""
    return {
        (code, page): includes
        for code in LANGUAGES
        for page, includes in language_includes(code).items()
    }


def included_names() -> list[str]:
    """Every example some page of some language includes, sorted."""
    return sorted({name for includes in site_includes().values() for name, _ in includes})


def page_timelines(text: str) -> list[str]:
    """The examples a page's Markdown draws timelines of, in order."""
    return [m["name"] for m in TIMELINE_PATTERN.finditer(text)]


def traced_names() -> set[str]:
    """Every example some page of some language draws a timeline of: the build runs
    these under the tracer (one run serves its output and its timeline)."""
    return {
        name
        for code in LANGUAGES
        for path in language(code).docs_dir.rglob("*.md")
        for name in page_timelines(path.read_text("utf-8"))
    }
