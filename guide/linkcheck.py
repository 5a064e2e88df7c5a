"""Check the built site: every internal link and #anchor resolves, nothing loads from elsewhere.

``python -m guide.linkcheck [site]`` prints ``name: value`` figures and the broken
links (exit status 1 if any). It reads the rendered HTML, so it also sees links
and anchors inside rendered example output and raw HTML, which MkDocs' own
validation does not.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that make the browser fetch something, and those that only navigate.
FETCHED = {("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"),
           ("iframe", "src"), ("video", "src"), ("audio", "src"), ("embed", "src")}  # fmt: skip
NAVIGATED = {("a", "href")}
ALLOWED_NAVIGATION_SCHEMES = {"http", "https", "mailto"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, url)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(values[key] or "")
        for attribute in ("href", "src"):
            url = values.get(attribute)
            if url is not None and (tag, attribute) in FETCHED | NAVIGATED:
                if tag == "link" and values.get("rel") in ("alternate", "canonical"):
                    continue  # hreflang and canonical: absolute URLs of the published site
                self.links.append((tag, attribute, url))


def _target(site: Path, page: Path, path: str) -> Path:
    base = site if path.startswith("/") else page.parent
    target = (base / unquote(path).lstrip("/")).resolve()
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target


def check(site: Path) -> tuple[list[str], dict[str, int]]:
    """Broken links, third-party fetches, and figures."""
    site = site.resolve()
    pages = sorted(site.rglob("*.html"))
    parsed: dict[Path, _Page] = {}
    for page in pages:
        parser = _Page()
        parser.feed(page.read_text("utf-8", errors="replace"))
        parsed[page.resolve()] = parser
    problems: list[str] = []
    counts: dict[str, int] = defaultdict(int)
    counts["pages"] = len(pages)
    for page, parser in parsed.items():
        where = page.relative_to(site)
        for tag, attribute, url in parser.links:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc:
                if (tag, attribute) in FETCHED:
                    problems.append(f"{where}: <{tag} {attribute}> fetches from elsewhere: {url}")
                elif parts.scheme not in ALLOWED_NAVIGATION_SCHEMES:
                    problems.append(f"{where}: unexpected link scheme: {url}")
                counts["external_links"] += 1
                continue
            if url.startswith("#") or not parts.path:
                target = page
            else:
                target = _target(site, page, parts.path)
                counts["internal_links"] += 1
                if not target.exists():
                    problems.append(f"{where}: broken link {url}")
                    continue
            if parts.fragment:
                counts["anchors"] += 1
                ids = parsed.get(target).ids if target in parsed else set()
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where}: no #{parts.fragment} in {target.relative_to(site)}")
    return problems, dict(counts)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    site = Path(args[0] if args else "site")
    problems, counts = check(site)
    for name, value in counts.items():
        print(f"{name}: {value}")
    print(f"broken: {len(problems)}")
    for problem in problems:
        print(f"- {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
