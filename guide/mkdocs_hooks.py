"""MkDocs hooks: one build per language, example runs shared between them.

``mkdocs.yml`` builds the Chinese site at the root and, once it is done, builds
every config listed under ``extra.language_builds`` (the English one) into its
sub-folder, so ``mkdocs build`` and ``mkdocs serve`` produce the whole site.
Each language keeps its own config, search index and ``<html lang>``.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import os
import posixpath
import re
import shutil
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.pages import Page

from guide import examples, pages, services, sitemap

log = logging.getLogger("mkdocs.guide")

# MkDocs caches hook modules by path, so the zh and en builds share this module:
# state here is either per build (set again in on_config) or per process.
_command = "build"
_nested_builds = 0  # >0 while on_post_build runs another language's build
_alternate_roots: list[dict[str, Any]] = []


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    examples.use_root(Path(config.config_file_path).parent)
    # Before the site folder is cleaned: a bad DATABASE_URL stops the build in one
    # line and leaves the previous site as it was.
    if url := os.environ.get("DATABASE_URL"):
        try:
            services.check_database_url(url)
        except services.ServiceError as error:
            raise Abort(str(error)) from None
    pages.language = config.theme["language"]
    _reuse_search_entries(config)
    global _alternate_roots
    _alternate_roots = [dict(alt) for alt in config.extra.get("alternate", [])]
    _reset_alternates(config)
    return config


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


def _reuse_search_entries(config: MkDocsConfig) -> None:
    """Index a page for search only when its HTML changed since the last build.

    Material's search plugin parses every page's HTML on every build; under
    ``mkdocs serve`` a prose edit changes one page, so the others' entries (a
    function of the page's HTML, URL, title and search settings) are reused.
    """
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


class _CompiledTemplates(jinja2.BytecodeCache):
    """Theme templates compiled once per process, for both languages and every rebuild."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._compiled:
            bucket.bytecode_from_string(self._compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


_compiled_templates = _CompiledTemplates()


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Any) -> jinja2.Environment:
    # MkDocs makes a new environment per build: without this, the en build (and each
    # serve rebuild) compiles every theme template again, about half a second.
    env.bytecode_cache = _compiled_templates
    return env


def on_pre_build(config: MkDocsConfig) -> None:
    # After every plugin's on_config: the page's Markdown setup is complete here.
    pages.use_markdown(config.markdown_extensions, config.mdx_configs)
    includes = []
    for page in sorted(Path(config.docs_dir).rglob("*.md")):
        includes += pages.page_includes(page.read_text("utf-8"))
    # Returns once the examples that must run alone are done, so loading jieba
    # does not take a core from them.
    pages.prefetch([name for name, _ in includes])
    if any(plugin.startswith("material/search") for plugin in config.plugins):
        _load_search_segmenter()
    pages.highlight_sources(includes)


def _load_search_segmenter() -> None:
    """Load jieba's dictionary (about a second) while the examples run, not after."""
    try:
        import jieba
    except ImportError:
        return
    threading.Thread(target=jieba.initialize, name="jieba", daemon=True).start()


_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_LINE_BREAK = re.compile(rf"(?<=[{_CJK}])\n[ \t]*(?=[{_CJK}])")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Any) -> str:
    """Join lines that break between two Chinese characters (outside code blocks).

    A line break inside a paragraph becomes a space in HTML; between Chinese
    characters that shows as a stray gap, so wrapped Chinese source lines are joined.
    """
    if config.theme["language"] != "zh":
        return markdown
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


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Any) -> dict:
    config.extra["alternate"] = page_alternates(config, page.url)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    _reset_alternates(config)
    return output


def _reset_alternates(config: MkDocsConfig) -> None:
    # Pages outside the nav (404.html is served at any path) link to each language's
    # home page by absolute path.
    config.extra["alternate"] = [
        {**alt, "href": alt["link"]} for alt in page_alternates(config, "")
    ]


def page_alternates(config: MkDocsConfig, page_url: str) -> list[dict[str, Any]]:
    """Each language's version of a page; every build has the same page paths below its root.

    ``href`` (the switcher) is the same page in that language, relative to this page.
    ``link`` (Material's ``<link rel="alternate" hreflang>`` in the head) is that language's
    home, as an absolute path on this host: Material's script fetches ``<link>sitemap.xml``
    from it to map pages between languages, so it must be a language root on the same host.
    Page-to-page hreflang pairs are in the sitemaps (``on_post_build``).
    """
    current = next(a for a in _alternate_roots if a["lang"] == config.theme["language"])
    site_path = urlsplit(config.site_url or "/").path.removesuffix(current["root"])
    page_path = current["root"] + page_url
    page_dir = (
        page_path if page_path.endswith("/") or not page_path else posixpath.dirname(page_path)
    )
    alternates = []
    for alt in _alternate_roots:
        target = alt["root"] + page_url
        href = posixpath.relpath(target or ".", page_dir or ".")
        if target.endswith("/") or not target:
            href += "/"
        alternates.append({**alt, "link": site_path + alt["root"], "href": href})
    return alternates


def on_shutdown() -> None:
    # The outermost build started the services; the nested ones share them.
    if _nested_builds == 0:
        pages.stop_services()
        for output in _serve_outputs.values():
            shutil.rmtree(output, ignore_errors=True)
        _serve_outputs.clear()
        _serve_fingerprints.clear()


def on_post_build(config: MkDocsConfig) -> None:
    root = Path(config.config_file_path).parent
    for sub in config.extra.get("language_builds", []):
        site_dir = Path(config.site_dir) / sub["dir"]
        site_url = (config.site_url or "").rstrip("/") + f"/{sub['dir']}/"
        if _command == "serve":
            # Under `mkdocs serve` the language is built outside the site folder and
            # linked into it, so a rebuild that changed none of its inputs can skip it.
            output = _serve_outputs.setdefault(sub["dir"], root / ".cache" / "serve" / sub["dir"])
            output.mkdir(parents=True, exist_ok=True)
            _link(site_dir, output)
            fingerprint = _inputs_fingerprint(root, sub)
            if _serve_fingerprints.get(sub["dir"]) == fingerprint:
                log.info(f"The '{sub['dir']}' language is unchanged: not rebuilt")
                continue
            _serve_fingerprints[sub["dir"]] = fingerprint
            site_dir = output
        _build_language(config, root / sub["config"], site_dir, site_url, sub["dir"])
    if config.extra.get("language_builds") and config.site_url:
        # Every language is in the site folder now (under serve, linked in): pair their pages.
        languages = sitemap.languages_of(Path(config.site_dir), config.site_url, _alternate_roots)
        figures = sitemap.add_alternates(languages)
        log.info(f"Sitemaps: {figures['urls']} URLs, {figures['alternates']} hreflang alternates")


def _build_language(
    config: MkDocsConfig, config_file: Path, site_dir: Path, site_url: str, name: str
) -> None:
    sub_config = load_config(
        config_file=str(config_file),
        site_dir=str(site_dir),
        site_url=site_url,
        strict=config.strict,
    )
    log.info(f"Building the '{name}' language into {site_dir}")
    global _nested_builds
    _nested_builds += 1
    try:
        sub_config.plugins.on_startup(command=_command, dirty=False)
        build(sub_config, serve_url=site_url if _command == "serve" else None)
    finally:
        sub_config.plugins.on_shutdown()
        _nested_builds -= 1


_serve_outputs: dict[str, Path] = {}
_serve_fingerprints: dict[str, str] = {}


def _link(link: Path, target: Path) -> None:
    if link.is_symlink():
        return
    if link.exists():
        shutil.rmtree(link)
    link.symlink_to(target, target_is_directory=True)


def _inputs_fingerprint(root: Path, sub: dict[str, str]) -> str:
    """Names, sizes and modification times of everything a language's build reads."""
    docs = Path(sub.get("docs_dir", f"docs/{sub['dir']}"))
    paths = [root / "mkdocs.yml", root / sub["config"], root / "uv.lock"]
    for folder in (docs, Path("docs/theme"), Path("snippets"), Path("guide")):
        paths += sorted(p for p in (root / folder).rglob("*") if p.is_file())
    digest = hashlib.sha256()
    for path in paths:
        if path.exists():
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
