"""Sentences of the pages that state facts about the whole guide, checked against it."""

import re
import sysconfig

import pytest

from guide.examples import Example, discover
from guide.includes import language_includes
from guide.languages import LANGUAGES
from guide.languages import language as site_language

LINK = re.compile(r"\]\(([\w-]+\.md)\)")
SECONDS = re.compile(r"(?<![\w.])\d+\.(\d+) ?s\b")
"""A duration as the examples print it: ``1.0s``, ``0.5 s``."""


def section(text: str, anchor: str) -> str:
    """The Markdown of one ``## ... { #anchor }`` section, up to the next heading."""
    start = re.search(rf"^## .*\{{ #{anchor} \}}$", text, re.MULTILINE)
    assert start, f"no section #{anchor}"
    rest = text[start.end() :]
    end = re.search(r"^#", rest, re.MULTILINE)
    return rest[: end.start() if end else None]


def pages_with_measurements(language: str) -> set[str]:
    return {
        str(page)
        for page, includes in language_includes(language).items()
        if any(Example(name).is_measurement for name, _ in includes)
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_names_every_page_whose_figures_differ_per_machine(language):
    """The home page says which pages print figures that differ on every machine (the
    measurements); every other timing comes from sleeps and matches the page."""
    index = site_language(language).docs_dir / "index.md"
    how_to_read = section(index.read_text("utf-8"), "how-to-read")
    assert set(LINK.findall(how_to_read)) == pages_with_measurements(language)


def test_the_guide_runs_on_the_standard_build_with_the_gil():
    """sync-and-async says threads measured here take turns under the GIL: this
    interpreter (the one nox builds and tests with) is not a free-threaded build."""
    assert not sysconfig.get_config_var("Py_GIL_DISABLED")


@pytest.mark.parametrize(
    "name",
    [
        example.name
        for example in discover()
        # Examples for a newer Python are checked on the Pythons that run them.
        if not example.is_measurement and example.runs_here()
    ],
)
def test_timed_examples_round_to_a_tenth_of_a_second(reader_run, name):
    """The home page: examples that time sleeps and timers print seconds rounded to
    0.1 s (the measurements, which print their own precision, are left out)."""
    source = Example(name).path.read_text("utf-8")
    durations = {
        match[0]
        for line in reader_run(name)
        for match in SECONDS.finditer(line)
        # A limit written in the source (``timeout=0.25``) is a setting, not a timing.
        if match[0].rstrip(" s") not in source
    }
    assert all(len(SECONDS.fullmatch(d)[1]) == 1 for d in durations), (name, durations)
