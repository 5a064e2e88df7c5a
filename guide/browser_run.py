"""The pages' Run control: the runtime and the examples it runs, copied into the site.

A page whose examples run in the browser loads ``assets/run.js`` (a small module
script, ``docs/theme/main.html``); nothing else loads until the reader presses Run.
Then the control fetches the snippets archive (``guide.wasm.snippets_archive``: the
files the suite's runs under Node.js unpack) and starts a module Web Worker
(``assets/run-worker.js``) that loads CPython 3.14 compiled to WebAssembly from this
site, never from a CDN. Both languages use one copy, below the site root:

- ``assets/pyodide/<version>/``: the runtime files Python needs to start and nothing
  else (:data:`RUNTIME_FILES`), plus a lock file listing no packages (the examples
  need none, so neither micropip nor a package index is shipped);
- ``assets/pyodide/snippets-<digest>.zip``: the archive, named by its content so a
  browser never runs an old copy from its cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from guide import wasm
from guide.languages import Language

RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
"""What ``loadPyodide`` fetches to start Python: its loader, the Emscripten module, the
WebAssembly binary and the standard library. Not shipped: the classic-script loader
(``pyodide.js``, unused by a module worker), source maps, type declarations, the
consoles, and the 357-package lock file (replaced by one with no packages)."""
LOCK_FILE = "pyodide-lock.json"
FOLDER = "assets/pyodide"
"""Below the site root: one copy for every language."""


_archive: bytes | None = None


def archive(*, fresh: bool = False) -> bytes:
    """The snippets archive of this build: made again when ``fresh`` (a new build of
    the root language, or a ``mkdocs serve`` rebuild), else the one made last."""
    global _archive
    if fresh or _archive is None:
        _archive = wasm.snippets_archive()
    return _archive


def installed() -> bool:
    """``npm ci --prefix guide/wasm`` has put the runtime's files there."""
    return all((wasm.PYODIDE_DIR / name).is_file() for name in (*RUNTIME_FILES, LOCK_FILE))


def version() -> str:
    return json.loads((wasm.PYODIDE_DIR / "package.json").read_text("utf-8"))["version"]


def archive_name(archive: bytes) -> str:
    return f"snippets-{hashlib.sha256(archive).hexdigest()[:12]}.zip"


def settings(language: Language, archive: bytes) -> dict[str, str]:
    """What a page's ``run.js`` needs (``docs/theme/main.html`` writes it on its script
    tag): the runtime's folder and the archive as URLs relative to the language's root,
    the runtime's label, and the control's words in the page's language."""
    from guide.pages import RUN_TEXT

    up = "../" * language.root.count("/")
    return {
        "runtime": f"{up}{FOLDER}/{version()}/",
        "archive": f"{up}{FOLDER}/{archive_name(archive)}",
        "label": wasm.RUNTIME_LABEL,
        "text": RUN_TEXT[language.code],
    }


def lock_without_packages() -> str:
    """The runtime's lock file with its ``info`` (Python version, ABI) and no packages:
    ``loadPyodide`` reads it at start-up; the examples import only the standard library."""
    lock = json.loads((wasm.PYODIDE_DIR / LOCK_FILE).read_text("utf-8"))
    return json.dumps({"info": lock["info"], "packages": {}}, sort_keys=True) + "\n"


def copy_into(site_dir: Path, archive: bytes) -> dict[str, int]:
    """Put the runtime and the archive into ``site_dir``; return each file's size."""
    folder = site_dir / FOLDER
    runtime = folder / version()
    runtime.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        _place(wasm.PYODIDE_DIR / name, runtime / name)
    (runtime / LOCK_FILE).write_text(lock_without_packages(), "utf-8")
    for stale in folder.glob("snippets-*.zip"):
        stale.unlink()
    (folder / archive_name(archive)).write_bytes(archive)
    return {
        str(path.relative_to(site_dir)): path.stat().st_size
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _place(source: Path, target: Path) -> None:
    """A hard link where the site is on the same file system (``mkdocs serve``
    rebuilds often; 13 MB each time adds up), else a copy."""
    if target.exists():
        if target.stat().st_ino == source.stat().st_ino:
            return
        target.unlink()
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
