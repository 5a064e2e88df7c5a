"""The pitfalls page and the review checklist: every pitfall is on the
checklist, every checklist link names a pitfall, in both languages."""

import re

import pytest

from guide.languages import LANGUAGES
from guide.languages import language as site_language

SECTION = re.compile(r"^## .*\{ #([\w-]+) \}$", re.MULTILINE)
PITFALL_LINK = re.compile(r"\]\(pitfalls\.md#([\w-]+)\)")
NOT_A_PITFALL = {"tools"}  # the tools section closes the page


def pitfalls(language: str) -> list[str]:
    page = site_language(language).docs_dir / "pitfalls.md"
    anchors = SECTION.findall(page.read_text("utf-8"))
    return [anchor for anchor in anchors if anchor not in NOT_A_PITFALL]


def checklist_links(language: str) -> set[str]:
    page = site_language(language).docs_dir / "checklist.md"
    return set(PITFALL_LINK.findall(page.read_text("utf-8")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_checklist_links_every_pitfall(language):
    assert len(pitfalls(language)) >= 10
    assert set(pitfalls(language)) - checklist_links(language) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_checklist_link_names_a_section_of_the_pitfalls_page(language):
    sections = {*pitfalls(language), *NOT_A_PITFALL}
    assert checklist_links(language) - sections == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pitfall_shows_a_run(language):
    # A pair: the mistake with its rendered consequence, then the fix. Each
    # pitfall section includes an example with its output.
    page = site_language(language).docs_dir / "pitfalls.md"
    parts = SECTION.split(page.read_text("utf-8"))
    bodies = dict(zip(parts[1::2], parts[2::2], strict=True))
    for anchor in pitfalls(language):
        body = bodies[anchor]
        assert "print(example(" in body, anchor
        assert "output=False" not in body, anchor
