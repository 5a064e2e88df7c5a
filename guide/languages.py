"""The site's languages: the one table of which languages there are and where each lives.

Chinese is built at the site root from ``docs/zh`` (``mkdocs.yml``), English under
``en/`` from ``docs/en`` (``mkdocs.en.yml``). Every language has the same page files,
so a page's path below its language's root is the same in all of them. The build hooks
give MkDocs this table (the language switcher, the head's alternates, the builds of
the other languages); the sitemaps, the parity check, the tests and the benchmarks
read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guide import examples


@dataclass(frozen=True)
class Language:
    code: str  # the theme language; its pages are in docs/<code>
    name: str  # in the language switcher, in its own language
    root: str  # its folder below the site root: "" for the root, else "en/"
    config: str  # its MkDocs config file
    hreflang: str  # the code search engines read (the Chinese pages are Simplified)
    locale: str  # Open Graph's og:locale

    @property
    def docs(self) -> Path:
        """Its Markdown pages' folder, relative to the project: ``docs/<code>``."""
        return Path("docs", self.code)

    @property
    def docs_dir(self) -> Path:
        """Its Markdown pages' folder in the project being built."""
        return examples.ROOT / self.docs

    def page_files(self) -> list[Path]:
        """Its Markdown pages, as paths relative to its folder."""
        return sorted(path.relative_to(self.docs_dir) for path in self.docs_dir.rglob("*.md"))

    def url_path(self, page: Path) -> str:
        """Where a page is published, below the site root: "" and "why-async/" for zh,
        "en/" and "en/why-async/" for en."""
        stem = page.with_suffix("").as_posix()
        return self.root + ("" if stem == "index" else stem.removesuffix("/index") + "/")


SITE = (
    Language("zh", "简体中文", "", "mkdocs.yml", "zh-Hans", "zh_CN"),
    Language("en", "English", "en/", "mkdocs.en.yml", "en", "en_US"),
)
"""Every language; the first is at the site root (the sitemaps' ``x-default``)."""

LANGUAGES = tuple(language.code for language in SITE)
"""The language codes, root language first: ``("zh", "en")``."""


def language(code: str) -> Language:
    return next(language for language in SITE if language.code == code)


def page_files(code: str) -> list[Path]:
    """The Markdown pages of one language, as paths relative to its folder."""
    return language(code).page_files()
