"""The home page is a path, not a list: three paths whose steps each say what the reader
can do after them, outputs from the guide, the learning-path table, and the contents."""

import re

import pytest

from guide.includes import INCLUDE_PATTERN
from guide.languages import LANGUAGES
from guide.languages import language as site_language

PATHS = ("path-beginner", "path-threads", "path-production")
LINKED_PAGE = re.compile(r"\]\(([\w-]+\.md)(?:#[\w-]+)?\)")
STEP = re.compile(r"^\d+\. \[[^\]]+\]\(([\w-]+\.md)\)[：:] ?(.*)$")
NAV_PAGE = re.compile(r"^\s*- (?:[^:\n]+: )?([\w/-]+\.md)\s*$", re.M)
REFERENCE = {"index.md", "glossary.md", "versions.md"}
"""Pages of the nav that teach no stage: the home page and the reference pages."""


def home(language: str) -> str:
    return (site_language(language).docs_dir / "index.md").read_text("utf-8")


def nav_pages(language: str) -> list[str]:
    config = site_language(language).docs_dir.parents[1] / site_language(language).config
    return NAV_PAGE.findall(config.read_text("utf-8").split("\nnav:", 1)[1])


def section(text: str, anchor: str) -> str:
    """One heading's section (any level) up to the next heading of the same or a higher
    level."""
    start = re.search(rf"^(#+) .*\{{ #{anchor} \}}$", text, re.M)
    assert start, f"no section #{anchor}"
    level = len(start[1])
    rest = text[start.end() :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.M)
    return rest[: end.start() if end else None]


def joined_items(text: str) -> list[str]:
    """The numbered list items of a section, each with its wrapped lines joined."""
    items: list[str] = []
    for line in text.splitlines():
        if re.match(r"^\d+\. ", line):
            items.append(line)
        elif items and line.startswith("   ") and line.strip():
            items[-1] += " " + line.strip()
    return items


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_path_is_steps_that_say_what_the_reader_can_do_after_them(language):
    nav = set(nav_pages(language))
    for anchor in PATHS:
        steps = joined_items(section(home(language), anchor))
        assert len(steps) >= 5, (anchor, steps)
        for step in steps:
            match = STEP.match(step)
            assert match, f"{anchor}: not '1. [chapter](page.md): what you can do': {step}"
            page, outcome = match.groups()
            assert page in nav, f"{anchor}: {page} is not in the nav"
            assert len(outcome) >= 20, f"{anchor}: say what the reader can do after {page}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_you_will_build_shows_three_or_four_outputs_without_their_code(language):
    shown = section(home(language), "what-you-will-build")
    includes = list(INCLUDE_PATTERN.finditer(shown))
    assert 3 <= len(includes) <= 4
    assert all("source=False" in include["rest"] for include in includes)
    # Each output is followed by a link to the chapter that has its code.
    assert len(LINKED_PAGE.findall(shown)) >= len(includes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_learning_path_table_places_every_chapter(language):
    table = section(home(language), "learning-path")
    rows = [line for line in table.splitlines() if line.startswith("| ")][1:]  # no header
    placed = [page for row in rows for page in LINKED_PAGE.findall(row)]
    chapters = [page for page in nav_pages(language) if page not in REFERENCE]
    assert sorted(placed) == sorted(chapters)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contents_list_every_page_of_the_nav(language):
    contents = set(LINKED_PAGE.findall(section(home(language), "contents")))
    assert contents == set(nav_pages(language)) - {"index.md"}


def test_both_languages_take_the_same_steps_and_show_the_same_outputs():
    def outline(language: str) -> list[list[str]]:
        text = home(language)
        return [
            *(LINKED_PAGE.findall(section(text, anchor)) for anchor in PATHS),
            LINKED_PAGE.findall(section(text, "what-you-will-build")),
            LINKED_PAGE.findall(section(text, "learning-path")),
        ]

    first, *others = LANGUAGES
    for other in others:
        assert outline(first) == outline(other)
