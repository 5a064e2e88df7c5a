"""The terminology table (docs/glossary.toml): read it, render it on the glossary
pages, and find the zh variants it rejects in a page's prose."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from guide import examples
from guide.prose import prose_lines, without_code

HEADERS = {
    "zh": ("英文", "本指南的中文用词", "不用", "说明"),
    "en": ("English", "Chinese term in this guide", "Not used in Chinese", "Note"),
}


@dataclass(frozen=True)
class Term:
    en: str
    zh: str
    reject: tuple[str, ...]
    note_zh: str = ""
    note_en: str = ""


def path() -> Path:
    return examples.ROOT / "docs" / "glossary.toml"


@functools.cache
def terms() -> tuple[Term, ...]:
    """Every term of the table, in its order (read once per process)."""
    with path().open("rb") as file:
        table = tomllib.load(file)["term"]
    return tuple(Term(**{**row, "reject": tuple(row["reject"])}) for row in table)


def table(language: str) -> str:
    """The terminology table as Markdown, with headers and notes in ``language``."""
    rows = [f"| {' | '.join(HEADERS[language])} |", "|---|---|---|---|"]
    for term in terms():
        rejected = "、".join(term.reject) if language == "zh" else ", ".join(term.reject)
        note = term.note_zh if language == "zh" else term.note_en
        rows.append(f"| {term.en} | {term.zh} | {rejected} | {note} |")
    return "\n".join(rows) + "\n"


def rejected_uses(text: str) -> list[str]:
    """Each rejected variant in a zh page's prose (inline code and code blocks
    aside): ``"line: variant (use term)"``."""
    found = []
    for number, line in prose_lines(text):
        prose = without_code(line)
        for term in terms():
            found += [f"{number}: {v} (use {term.zh})" for v in term.reject if v in prose]
    return found
