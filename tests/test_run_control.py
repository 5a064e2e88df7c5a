"""The Run control's build side: what a page shows under an example (guide.pages), and
what the build ships for it (guide.browser_run). Its browser side: tests/browser/test_run.py."""

from __future__ import annotations

import io
import json
import zipfile
from html import escape
from urllib.parse import urljoin

import pytest

from guide import browser_run, pages, wasm
from guide.examples import Example, discover
from guide.languages import LANGUAGES, SITE

pytestmark = pytest.mark.skipif(
    not browser_run.installed(), reason="no runtime: npm ci --prefix guide/wasm"
)


def by_status() -> tuple[list[Example], list[Example]]:
    every = discover()
    runnable = [ex for ex in every if wasm.browser_status(ex.module) is None]
    return runnable, [ex for ex in every if ex not in runnable]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_runnable_example_gets_the_control_the_others_say_why(monkeypatch, language):
    monkeypatch.setattr(pages, "language", language)
    runnable, others = by_status()
    assert runnable
    assert others
    for ex in runnable:
        shown = pages.run_control(ex)
        assert f'class="guide-run" data-module="{ex.module}"' in shown
        assert f'data-path="snippets/{ex.name.replace(".", "/")}.py"' in shown
        assert pages.RUN_TEXT[language]["run"] in shown
    for ex in others:
        reason = wasm.browser_status(ex.module)
        shown = pages.run_control(ex)
        assert 'guide-run"' not in shown
        assert escape(pages.NOT_RUNNABLE[language][reason]) in shown, ex.module


def test_every_reason_and_word_is_in_both_languages():
    for code in LANGUAGES:
        assert set(pages.NOT_RUNNABLE[code]) == {"line", *wasm.REASONS}
        assert set(pages.RUN_TEXT[code]) == set(pages.RUN_TEXT[LANGUAGES[0]])


def test_every_language_points_at_the_one_copy_below_the_site_root():
    archive = b"archive"
    site = "http://127.0.0.1:8000/"
    where = set()
    for language in SITE:
        settings = browser_run.settings(language, archive)
        # run.js resolves them against its page's language root (the template's url filter).
        root = urljoin(site, language.root)
        where.add((urljoin(root, settings["runtime"]), urljoin(root, settings["archive"])))
        assert settings["label"] == wasm.RUNTIME_LABEL
    assert where == {
        (
            f"{site}assets/pyodide/{browser_run.version()}/",
            f"{site}assets/pyodide/{browser_run.archive_name(archive)}",
        )
    }


def test_the_site_gets_the_runtime_files_a_lock_without_packages_and_the_archive(tmp_path):
    archive = wasm.snippets_archive()
    sizes = browser_run.copy_into(tmp_path, archive)
    runtime = f"assets/pyodide/{browser_run.version()}/"
    expected = {runtime + name for name in (*browser_run.RUNTIME_FILES, "pyodide-lock.json")}
    assert set(sizes) == expected | {f"assets/pyodide/{browser_run.archive_name(archive)}"}
    lock = json.loads((tmp_path / runtime / "pyodide-lock.json").read_text("utf-8"))
    assert lock["packages"] == {}
    assert lock["info"]["python"] == wasm.python_version()
    for name in browser_run.RUNTIME_FILES:
        assert (tmp_path / runtime / name).read_bytes() == (wasm.PYODIDE_DIR / name).read_bytes()
    # A new archive replaces the old one (named by its content), and copying again is cheap.
    shipped = tmp_path / "assets/pyodide" / browser_run.archive_name(archive)
    assert shipped.read_bytes() == archive
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        assert "wasm_runner.py" in opened.namelist()
    browser_run.copy_into(tmp_path, archive + b" ")
    assert not shipped.exists()
    assert len(list((tmp_path / "assets/pyodide").glob("snippets-*.zip"))) == 1
