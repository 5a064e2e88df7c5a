"""Search entries reused for pages whose HTML did not change since the last build.

Material's search plugin parses every page's HTML on every build; under ``mkdocs serve``
a prose edit changes one page, so the others' entries (a function of the page's HTML,
URL, title and search settings) are reused, for both languages.
"""

from __future__ import annotations

import copy
import hashlib
import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

_search_entries: dict[tuple[str, ...], list[dict[str, Any]]] = {}

_PRE_BLOCK = re.compile(r"<pre\b.*?</pre>", re.DOTALL)
_SPAN_TAG = re.compile(r"</?span\b[^>]*>")


def _without_highlighting(html: str) -> str:
    """The page's HTML minus Pygments' ``<span>`` tags inside ``<pre>`` blocks.

    Material's search parser keeps only the text of a code block, and inside ``<pre>``
    it keeps every piece of text as it is, so the index comes out the same. Parsing the
    tens of thousands of spans was about a third of a warm build.
    """
    return _PRE_BLOCK.sub(lambda block: _SPAN_TAG.sub("", block[0]), html)


def reuse_entries(config: MkDocsConfig) -> None:
    """Index a page for search only when its HTML changed since the last build."""
    plugin = config.plugins.get("material/search")
    index = getattr(plugin, "search_index", None)
    if index is None:
        return
    index_page = index.add_entry_from_context

    def add_entry_from_context(page: Page) -> None:
        key = (
            config.theme["language"],
            page.url,
            str(page.title),
            repr(page.meta.get("search")),
            hashlib.sha256(page.content.encode()).hexdigest(),
        )
        if key not in _search_entries:
            first = len(index.entries)
            html = page.content
            page.content = _without_highlighting(html)
            try:
                index_page(page)
            finally:
                page.content = html
            if len(_search_entries) > 1000:  # a long serve session: start over
                _search_entries.clear()
            _search_entries[key] = copy.deepcopy(index.entries[first:])
        else:
            index.entries.extend(copy.deepcopy(_search_entries[key]))

    index.add_entry_from_context = add_entry_from_context
