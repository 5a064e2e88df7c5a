"""Each page's versions in the other languages: for the language switcher, and for
search engines in the head.

Every language has the same page paths below its root (``guide.languages``), so a
page's other versions are its path below each language's root.
"""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig

from guide.languages import SITE, language


def translations(config: MkDocsConfig, page_url: str) -> list[dict[str, Any]]:
    """Each language's version of a page, for the switcher, the 404 page and Open Graph.

    ``href`` is the same page in that language, relative to this page; ``home`` is that
    language's home, as an absolute path on this host.
    """
    current = language(config.theme["language"])
    site_path = urlsplit(config.site_url or "/").path.removesuffix(current.root)
    page_path = current.root + page_url
    page_dir = (
        page_path if page_path.endswith("/") or not page_path else posixpath.dirname(page_path)
    )
    versions = []
    for other in SITE:
        target = other.root + page_url
        href = posixpath.relpath(target or ".", page_dir or ".")
        if target.endswith("/") or not target:
            href += "/"
        versions.append(
            {
                "name": other.name,
                "root": other.root,
                "lang": other.code,
                "locale": other.locale,
                "home": site_path + other.root,
                "href": href,
            }
        )
    return versions


def head_links(config: MkDocsConfig, page_url: str) -> list[dict[str, str]]:
    """Material's ``extra.alternate``, which it writes into the head as
    ``<link rel="alternate" href="{link}" hreflang="{lang}">``: the page in every
    language, by absolute URL (search engines ignore relative ones), and ``x-default``,
    the root language's: the same pairs as the sitemaps (``guide.sitemap``)."""
    current = language(config.theme["language"])
    site_url = (config.site_url or "/").removesuffix(current.root)
    links = [{"lang": other.hreflang, "link": site_url + other.root + page_url} for other in SITE]
    return [*links, {"lang": "x-default", "link": links[0]["link"]}]


def set_for_page(config: MkDocsConfig, page_url: str) -> None:
    """Point the switcher and the head's alternates at this page's versions."""
    config.extra["translations"] = translations(config, page_url)
    config.extra["alternate"] = head_links(config, page_url)


def set_for_any_page(config: MkDocsConfig) -> None:
    """Between pages, and for pages outside the nav (404.html is served at any path):
    each language's home page, by absolute path in the switcher."""
    config.extra["translations"] = [
        {**version, "href": version["home"]} for version in translations(config, "")
    ]
    config.extra["alternate"] = head_links(config, "")
