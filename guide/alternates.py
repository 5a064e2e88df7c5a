"""Each page's versions in the other languages, for the language switcher and the head.

Every language has the same page paths below its root (``guide.languages``), so a
page's other versions are its path below each language's root.
"""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig

from guide.languages import SITE, language


def page_alternates(config: MkDocsConfig, page_url: str) -> list[dict[str, Any]]:
    """Each language's version of a page, as Material's ``extra.alternate`` entries.

    ``href`` (the switcher) is the same page in that language, relative to this page.
    ``link`` (Material's ``<link rel="alternate" hreflang>`` in the head) is that language's
    home, as an absolute path on this host: Material's script fetches ``<link>sitemap.xml``
    from it to map pages between languages, so it must be a language root on the same host.
    Page-to-page hreflang pairs are in the sitemaps (``guide.sitemap``).
    """
    current = language(config.theme["language"])
    site_path = urlsplit(config.site_url or "/").path.removesuffix(current.root)
    page_path = current.root + page_url
    page_dir = (
        page_path if page_path.endswith("/") or not page_path else posixpath.dirname(page_path)
    )
    alternates = []
    for other in SITE:
        target = other.root + page_url
        href = posixpath.relpath(target or ".", page_dir or ".")
        if target.endswith("/") or not target:
            href += "/"
        alternates.append(
            {
                "name": other.name,
                "root": other.root,
                "lang": other.code,
                "locale": other.locale,
                "link": site_path + other.root,
                "href": href,
            }
        )
    return alternates


def set_for_page(config: MkDocsConfig, page_url: str) -> None:
    """Point the switcher and the head's alternates at this page's versions."""
    config.extra["alternate"] = page_alternates(config, page_url)


def set_for_any_page(config: MkDocsConfig) -> None:
    """Between pages, and for pages outside the nav (404.html is served at any path):
    each language's home page by absolute path."""
    config.extra["alternate"] = [
        {**alt, "href": alt["link"]} for alt in page_alternates(config, "")
    ]
