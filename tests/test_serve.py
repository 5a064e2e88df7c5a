"""`mkdocs serve`: both languages, live reload, and only the edited language rebuilt."""

import urllib.request

import pytest

from guide.languages import language
from guide.processes import mkdocs_serve, wait_for_line


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


@pytest.fixture
def served(trial_project, tmp_path):
    # With search: the test checks that an edited page is indexed again.
    project = trial_project({"hello": 'print("hello from the example")'}, search=True)
    log = tmp_path / "serve.log"
    with mkdocs_serve(project, log) as url:
        yield project, url, log


def test_serves_both_languages_and_reloads_after_edits(served):
    project, base, log = served
    zh, en = fetch(f"{base}/"), fetch(f"{base}/{language('en').root}")
    assert '<html lang="zh"' in zh
    assert '<html lang="en"' in en
    assert "hello from the example" in en
    assert "livereload" in zh  # the script that reloads the browser

    # A zh prose edit: rebuilt and reloaded; the English site is left as it was.
    page = project / language("zh").docs / "index.md"
    page.write_text(page.read_text("utf-8") + "\n新加的一句话 searchable-marker。\n", "utf-8")
    wait_for_line(log, "Reloading browsers")
    assert "新加的一句话" in fetch(f"{base}/")
    # Search entries are reused only for unchanged pages: the edit is indexed.
    assert "searchable-marker" in fetch(f"{base}/search/search_index.json")
    assert "The 'en' language is unchanged: not rebuilt" in log.read_text()
    assert '<html lang="en"' in fetch(f"{base}/{language('en').root}")

    # An en prose edit rebuilds the English site.
    page = project / language("en").docs / "index.md"
    page.write_text(page.read_text("utf-8") + "\nA sentence added.\n", "utf-8")
    wait_for_line(log, "Reloading browsers", count=2)
    assert "A sentence added." in fetch(f"{base}/{language('en').root}")
