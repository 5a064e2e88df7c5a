"""Wrapped Chinese source lines joined, so they render without a stray gap."""

from __future__ import annotations

import re

_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_LINE_BREAK = re.compile(rf"(?<=[{_CJK}])\n[ \t]*(?=[{_CJK}])")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")


def join_wrapped_lines(markdown: str) -> str:
    """Join lines that break between two Chinese characters (outside code blocks).

    A line break inside a paragraph becomes a space in HTML; between Chinese
    characters that shows as a stray gap, so wrapped Chinese source lines are joined.
    """
    segments: list[list[str]] = [[]]  # prose, fence, prose, fence, ...
    for line in markdown.split("\n"):
        opens_or_closes = bool(_FENCE.match(line))
        if opens_or_closes and len(segments) % 2 == 1:  # in prose: a fence starts
            segments.append([])
        segments[-1].append(line)
        if opens_or_closes and len(segments) % 2 == 0 and len(segments[-1]) > 1:
            segments.append([])  # the fence just closed
    return "\n".join(
        _CJK_LINE_BREAK.sub("", "\n".join(lines)) if index % 2 == 0 else "\n".join(lines)
        for index, lines in enumerate(segments)
    )
