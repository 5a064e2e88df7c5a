"""Page-to-page hreflang alternates in the sitemaps, written once every language is built.

Each language's build writes a ``sitemap.xml`` of its own pages and knows nothing of the
others. Search engines learn that ``/why-async/`` and ``/en/why-async/`` are one page in two
languages from ``<xhtml:link rel="alternate" hreflang>`` pairs, so after all the builds
every language's sitemap is rewritten: it lists every page below its own folder (the root
one lists both languages; a sitemap may not list URLs above its folder) and, for each page
that exists in more than one language, every language's version of it, itself included,
plus ``x-default``: the version at the site root. Pages are paired by their path below
their language's root: every build has the same page paths.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

from guide import languages

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class Language:
    """One built language of ``guide.languages``."""

    language: languages.Language
    site_dir: Path  # where its build wrote its pages and sitemap.xml
    url: str  # its root URL, absolute, ending in "/"

    @property
    def hreflang(self) -> str:
        return self.language.hreflang


@dataclass(frozen=True)
class Entry:
    language: Language
    path: str  # below the language's root: "" for its home, "why-async/" for a page
    lastmod: str | None

    @property
    def url(self) -> str:
        return self.language.url + self.path


def languages_of(site_dir: Path, site_url: str) -> list[Language]:
    """Every language of the site built into ``site_dir``, for ``site_url``."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return [
        Language(language, site_dir / language.root, base + language.root)
        for language in languages.SITE
    ]


def read_entries(languages: list[Language]) -> list[Entry]:
    """Every page of every language, from the sitemaps the builds wrote.

    Each URL goes to the language with the longest root that holds it, so a root sitemap
    that already lists the other languages (one rewritten earlier) reads the same.
    """
    by_depth = sorted(languages, key=lambda language: len(language.url), reverse=True)
    entries: dict[str, Entry] = {}
    for language in languages:
        root = ElementTree.parse(language.site_dir / "sitemap.xml").getroot()
        for url in root.iterfind(f"{{{SITEMAP_NS}}}url"):
            loc = (url.findtext(f"{{{SITEMAP_NS}}}loc") or "").strip()
            owner = next((lang for lang in by_depth if loc.startswith(lang.url)), None)
            if owner is None or loc in entries:
                continue
            lastmod = url.findtext(f"{{{SITEMAP_NS}}}lastmod")
            entries[loc] = Entry(owner, loc.removeprefix(owner.url), lastmod and lastmod.strip())
    order = {language: index for index, language in enumerate(languages)}
    return sorted(entries.values(), key=lambda entry: order[entry.language])


def render(entries: list[Entry], versions: dict[str, list[Entry]], default: Language) -> str:
    """A sitemap of these entries, each with the alternates in ``versions`` (by path)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">',
    ]
    for entry in entries:
        lines += ["  <url>", f"    <loc>{escape(entry.url)}</loc>"]
        if entry.lastmod:
            lines.append(f"    <lastmod>{escape(entry.lastmod)}</lastmod>")
        alternates = versions[entry.path]
        if len(alternates) > 1:
            hreflangs = [(version.language.hreflang, version.url) for version in alternates]
            hreflangs += [
                ("x-default", version.url) for version in alternates if version.language == default
            ]
            lines += [
                f'    <xhtml:link rel="alternate" hreflang="{hreflang}" href={quoteattr(url)}/>'
                for hreflang, url in hreflangs
            ]
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def add_alternates(languages: list[Language]) -> dict[str, int]:
    """Rewrite every language's sitemap.xml (and .xml.gz) with hreflang alternates.

    ``languages[0]`` is the one at the site root (``x-default``). Returns figures:
    the pages listed over all sitemaps, and the alternate links among them.
    """
    entries = read_entries(languages)
    versions: dict[str, list[Entry]] = {}
    for entry in entries:
        versions.setdefault(entry.path, []).append(entry)
    figures = {"urls": 0, "alternates": 0}
    for language in languages:
        listed = [entry for entry in entries if entry.url.startswith(language.url)]
        text = render(listed, versions, default=languages[0])
        sitemap = language.site_dir / "sitemap.xml"
        sitemap.write_text(text, "utf-8")
        # MkDocs writes a gzipped copy too; keep it the same (mtime 0: reproducible bytes).
        with gzip.GzipFile(sitemap.with_suffix(".xml.gz"), "wb", mtime=0) as compressed:
            compressed.write(text.encode("utf-8"))
        figures["urls"] += len(listed)
        figures["alternates"] += text.count("<xhtml:link ")
    return figures
