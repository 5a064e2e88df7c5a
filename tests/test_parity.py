"""zh and en say the same things: same pages, headings, anchors, admonitions, tables."""

import re

import pytest

from guide.examples import ROOT
from guide.pages import page_files

ANCHOR = re.compile(r"^#{1,6} .*\{ *#([\w-]+) *\}\s*$", re.M)
ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?) *(\w+)", re.M)
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", re.M)
HEADING = re.compile(r"^#{1,6} ", re.M)


def outline(language: str, page) -> dict[str, list[str]]:
    text = (ROOT / "docs" / language / page).read_text("utf-8")
    text = re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)  # code is not prose
    return {
        "anchors": ANCHOR.findall(text),
        "admonitions": ADMONITION.findall(text),
        "tables": [str(len(TABLE_RULE.findall(text)))],
    }


def test_same_page_files():
    assert page_files("zh") == page_files("en")


@pytest.mark.parametrize("page", page_files("zh"), ids=str)
def test_same_outline(page):
    zh, en = outline("zh", page), outline("en", page)
    for part in zh:
        assert zh[part] == en[part], f"{page}: {part} differ\nzh: {zh[part]}\nen: {en[part]}"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_heading_has_an_explicit_anchor(language):
    missing = []
    for page in page_files(language):
        text = (ROOT / "docs" / language / page).read_text("utf-8")
        text = re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)
        for line in text.splitlines():
            if HEADING.match(line) and not ANCHOR.match(line):
                missing.append(f"{page}: {line}")
    assert not missing, "\n".join(missing)
