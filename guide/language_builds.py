"""The other languages' builds, run at the end of the root language's build.

``mkdocs.yml`` builds the root language; once it is done, every other language of
``guide.languages`` is built from its own config into its folder, so ``mkdocs build``
and ``mkdocs serve`` produce the whole site. Under ``mkdocs serve`` a language is
built outside the site folder and linked into it, so a rebuild that changed none of
its inputs skips it.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from guide.languages import SITE, Language

log = logging.getLogger("mkdocs.guide")

# MkDocs caches hook modules by path, so every language's build shares this module.
_command = "build"
_nested_builds = 0  # >0 while another language's build runs inside the root one's
_serve_outputs: dict[str, Path] = {}
_serve_fingerprints: dict[str, str] = {}


def started(command: str) -> None:
    """Remember the MkDocs command (``build``, ``serve``) for the nested builds."""
    global _command
    _command = command


def is_nested() -> bool:
    """True while another language's build runs inside the root language's."""
    return _nested_builds > 0


def build_others(config: MkDocsConfig) -> bool:
    """After the root language's build, build every other language; False for the others."""
    if config.theme["language"] != SITE[0].code:
        return False
    root = Path(config.config_file_path).parent
    for language in SITE[1:]:
        site_dir = Path(config.site_dir) / language.root
        site_url = (config.site_url or "").rstrip("/") + f"/{language.root}"
        if _command == "serve":
            output = _serve_outputs.setdefault(
                language.code, root / ".cache" / "serve" / language.root
            )
            output.mkdir(parents=True, exist_ok=True)
            _link(site_dir, output)
            fingerprint = _inputs_fingerprint(root, language)
            if _serve_fingerprints.get(language.code) == fingerprint:
                log.info(f"The '{language.code}' language is unchanged: not rebuilt")
                continue
            _serve_fingerprints[language.code] = fingerprint
            site_dir = output
        _build_language(config, root / language.config, site_dir, site_url, language.code)
    return True


def watch_inputs(server: Any, config: MkDocsConfig) -> None:
    """Under ``mkdocs serve``, rebuild when another language's pages or config change."""
    root = Path(config.config_file_path).parent
    for language in SITE[1:]:
        server.watch(str(language.docs_dir))
        server.watch(str(root / language.config))


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


def clean_up() -> None:
    """At the end of ``mkdocs serve``: remove the languages built outside the site."""
    for output in _serve_outputs.values():
        shutil.rmtree(output, ignore_errors=True)
    _serve_outputs.clear()
    _serve_fingerprints.clear()


def _link(link: Path, target: Path) -> None:
    if link.is_symlink():
        return
    if link.exists():
        shutil.rmtree(link)
    link.symlink_to(target, target_is_directory=True)


def _inputs_fingerprint(root: Path, language: Language) -> str:
    """Names, sizes and modification times of everything a language's build reads."""
    paths = [root / "mkdocs.yml", root / language.config, root / "uv.lock"]
    for folder in (language.docs_dir, root / "docs/theme", root / "snippets", root / "guide"):
        paths += sorted(p for p in folder.rglob("*") if p.is_file())
    digest = hashlib.sha256()
    for path in paths:
        if path.exists():
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
