"""MkDocs hooks: each MkDocs event handed to the module that does that job.

``mkdocs.yml`` builds the root language (Chinese); at its end ``guide.language_builds``
builds the others (English) into their folders, so ``mkdocs build`` and ``mkdocs serve``
produce the whole site. Each language keeps its own config, search index and
``<html lang>``; the languages are listed in ``guide.languages``.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import click
import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.pages import Page

from guide import (
    alternates,
    browser_run,
    build_services,
    chinese_lines,
    examples,
    includes,
    language_builds,
    languages,
    pages,
    processes,
    scheduler,
    search_index,
    services,
    sitemap,
    wasm,
)

log = logging.getLogger("mkdocs.guide")

# MkDocs caches hook modules by path, so every language's build shares this module:
# state here is either per build (set again in on_config) or per process.


class BadSetting(Abort):
    """A setting the reader gave is wrong: one line on stderr, exit code 2."""

    code = exit_code = 2

    def show(self, *args: Any, **kwargs: Any) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def on_startup(command: str, dirty: bool) -> None:
    # SIGTERM (kill, timeout, a closed terminal) ends serve and build the way Ctrl-C
    # does, through on_shutdown: the local services stop.
    processes.stop_on_sigterm_like_ctrl_c()
    language_builds.started(command)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    examples.use_root(Path(config.config_file_path).parent)
    # Before the site folder is cleaned: a bad HTTPBIN_URL or DATABASE_URL stops the
    # build in one line and leaves the previous site as it was.
    try:
        services.check_settings()
    except services.ServiceError as error:
        raise BadSetting(str(error)) from None
    language = languages.language(config.theme["language"])
    if Path(config.docs_dir).resolve() != language.docs_dir.resolve():
        raise Abort(f"{config.config_file_path}: docs_dir must be docs/{language.code}")
    pages.language = language.code
    if not browser_run.installed():
        raise Abort(
            f"no runtime for the Run control in {wasm.PYODIDE_DIR}: npm ci --prefix guide/wasm"
        )
    # Read by docs/theme/main.html on pages with a Run control.
    config.extra["guide_run"] = browser_run.settings(
        language, browser_run.archive(fresh=not language_builds.is_nested())
    )
    search_index.reuse_entries(config)
    alternates.set_for_any_page(config)
    return config


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
    # Every page is converted by now; the outputs they wait for go in before any
    # page is written (or read by the search index).
    for file in files.documentation_pages():
        if file.page is not None and file.page.content is not None:
            file.page.content, errors = pages.fill_deferred(file.page.content)
            for error in errors:
                log.warning(f"Doc file '{file.src_uri}': {error}")
    return env


def on_pre_build(config: MkDocsConfig) -> None:
    # After every plugin's on_config: the page's Markdown setup is complete here.
    pages.use_markdown(config.markdown_extensions, config.mdx_configs)
    pages.defer_outputs(True)  # pages convert while the examples run (pages.fill_deferred)
    included = [
        include
        for page_includes in includes.folder_includes(Path(config.docs_dir)).values()
        for include in page_includes
    ]
    # Returns once the examples that must run alone are done, so loading jieba
    # does not take a core from them.
    scheduler.prefetch([name for name, _ in included])
    if any(plugin.startswith("material/search") for plugin in config.plugins):
        _load_search_segmenter()


def _load_search_segmenter() -> None:
    """Load jieba's dictionary (about a second) while the examples run, not after."""
    try:
        import jieba
    except ImportError:
        return
    threading.Thread(target=jieba.initialize, name="jieba", daemon=True).start()


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Any) -> str:
    if config.theme["language"] != "zh":
        return markdown
    return chinese_lines.join_wrapped_lines(markdown)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Any) -> dict:
    alternates.set_for_page(config, page.url)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    alternates.set_for_any_page(config)
    return output


def on_post_build(config: MkDocsConfig) -> None:
    if not language_builds.is_nested():
        # Once, below the site root: every language's pages use the same copy.
        browser_run.copy_into(Path(config.site_dir), browser_run.archive())
    if not language_builds.build_others(config):
        return
    log.info(scheduler.summary())
    if config.site_url:
        # Every language is in the site folder now (under serve, linked in): pair their pages.
        built = sitemap.languages_of(Path(config.site_dir), config.site_url)
        figures = sitemap.add_alternates(built)
        log.info(f"Sitemaps: {figures['urls']} URLs, {figures['alternates']} hreflang alternates")


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    language_builds.watch_inputs(server, config)
    return server


def on_shutdown() -> None:
    # The outermost build started the services; the nested ones share them.
    if not language_builds.is_nested():
        build_services.stop_services()
        language_builds.clean_up()
