"""Chinese typography on every zh page: “…” quotes, and one spacing rule.

The rule: a space between Chinese and a Latin word, a number or inline code, and none
between two Chinese characters. Bold and link markup is transparent: the rule applies
to the characters on either side as the reader sees them, so ``使用**一个**会话`` and
``用 **`async with`** 打开`` are both right, ``使用 **一个** 会话`` is not.
"""

import re

import pytest

from guide import glossary
from guide.languages import language
from guide.prose import prose_lines, visible, without_code

HAN = r"[\u3400-\u4dbf\u4e00-\u9fff]"
LATIN = r"[A-Za-z0-9]"
MISSING_SPACE = re.compile(rf"{HAN}{LATIN}|{LATIN}{HAN}")
EXTRA_SPACE = re.compile(rf"{HAN} +{HAN}")
CHINESE_SENTENCE = re.compile(HAN)

PAGES = [language("zh").docs_dir / page for page in language("zh").page_files()]


def violations(text: str) -> list[str]:
    found = []
    for number, line in prose_lines(text):
        if not CHINESE_SENTENCE.search(line):
            continue
        if '"' in without_code(line):
            found.append(f'{number}: ASCII " in Chinese prose: {line.strip()}')
        seen = visible(line)
        for pattern, what in ((MISSING_SPACE, "no space"), (EXTRA_SPACE, "space between Chinese")):
            for match in pattern.finditer(seen):
                found.append(f"{number}: {what} at {match[0]!r}: {line.strip()}")
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_zh_page_follows_the_typography_rules(page):
    assert violations(page.read_text("utf-8")) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('任务在"事件循环有空时"开始', ['1: ASCII " in Chinese prose']),
        ('任务在“事件循环有空时”开始，`print("x")` 里的引号不算', []),
        ("使用**一个**会话", []),
        ("使用 **一个** 会话", ["space between Chinese", "space between Chinese"]),
        ("用 **`async with`** 打开", []),
        ("用**`async with`**打开", ["no space", "no space"]),
        ("见[取消任务](cancellation.md)一章", []),
        ("见 [取消任务](cancellation.md) 一章", ["space between Chinese", "space between Chinese"]),
        ("Python 3.11新增", ["no space"]),
    ],
)
def test_the_check_flags_each_kind_of_violation(line, expected):
    found = violations(line)
    assert len(found) == len(expected)
    assert all(want in got for got, want in zip(found, expected, strict=True))


def test_the_glossary_notes_follow_the_rules_too():
    """The zh glossary page renders its notes from docs/glossary.toml."""
    notes = "\n".join(term.note_zh for term in glossary.terms() if term.note_zh)
    assert violations(notes) == []
