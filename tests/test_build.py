"""The strict build: both languages, outputs captured from real runs, failures named."""

import html
import os
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from guide.examples import ROOT, Example, run
from guide.pages import LANGUAGES, page_files, page_includes

LANGUAGE_DIRS = {"zh": "", "en": "en"}


def build(project: Path, site: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site)],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("build") / "site"
    result = build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


def html_file(site: Path, language: str, page: Path) -> Path:
    folder = site / LANGUAGE_DIRS[language]
    if page.name == "index.md":
        return folder / page.parent / "index.html"
    return folder / page.with_suffix("") / "index.html"


def visible_text(path: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text("utf-8")))


def test_both_languages_have_the_same_pages(site):
    for language in LANGUAGES:
        for page in page_files(language):
            assert html_file(site, language, page).is_file(), f"{language}: {page} not built"


def test_html_lang_is_right_on_every_page(site):
    for language in LANGUAGES:
        for page in page_files(language):
            text = html_file(site, language, page).read_text("utf-8")
            assert f'<html lang="{language}"' in text, f"{language}/{page}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_leads_to_the_same_page_in_the_other_language(site, language):
    for page in page_files(language):
        path = html_file(site, language, page)
        links = dict(
            (lang, href)
            for href, lang in re.findall(
                r'href="([^"]*)" hreflang="(\w+)" class="md-select__link"', path.read_text("utf-8")
            )
        )
        assert set(links) == set(LANGUAGES), f"{path}: switcher has {links}"
        for other, href in links.items():
            target = Path(posixpath.normpath(path.parent / href)) / "index.html"
            assert target == html_file(site, other, page), f"{language}/{page} -> {other}: {href}"


def test_hreflang_alternates_in_head(site):
    text = html_file(site, "en", Path("why-async.md")).read_text("utf-8")
    assert re.search(r'<link rel="alternate" href="[^"]*/why-async/" hreflang="zh">', text)
    assert re.search(r'<link rel="alternate" href="[^"]*/en/why-async/" hreflang="en">', text)


def test_each_language_has_its_own_search_index(site):
    zh = (site / "search" / "search_index.json").read_text("utf-8")
    en = (site / "en" / "search" / "search_index.json").read_text("utf-8")
    assert '"lang":["zh"]' in zh.replace(" ", "") and '"lang":["en"]' in en.replace(" ", "")
    # jieba splits Chinese text into words joined by \u200b.
    assert "\\u200b" in zh or "\u200b" in zh


def test_no_google_fonts(site):
    for page in site.rglob("*.html"):
        assert "fonts.googleapis.com" not in page.read_text("utf-8"), page


def test_pages_show_what_each_example_prints(site):
    """Every line ``python -m snippets.<name>`` prints now is on every page that includes it."""
    checked = 0
    for language in LANGUAGES:
        for page in page_files(language):
            text = visible_text(html_file(site, language, page))
            for name, _ in page_includes((ROOT / "docs" / language / page).read_text("utf-8")):
                for line in run(Example(name)).check().output.splitlines():
                    assert line.strip() in text, f"{language}/{page}: missing {line!r} of {name}"
                    checked += 1
    assert checked > 0


BROKEN_EXAMPLES = {
    "raises": 'raise ValueError("boom")',
    "hangs": "await asyncio.sleep(3600)",
    "silent": "await asyncio.sleep(0)",
}


def make_project(tmp_path: Path, bodies: dict[str, str]) -> Path:
    """A copy of the site's machinery with one page per language including the given examples."""
    project = tmp_path / "project"
    for config in ("mkdocs.yml", "mkdocs.en.yml"):
        text = (ROOT / config).read_text("utf-8")
        (project / config).parent.mkdir(parents=True, exist_ok=True)
        # Drop the nav: the copy has only an index page per language.
        (project / config).write_text(text.split("\nnav:")[0] + "\n", "utf-8")
    shutil.copytree(ROOT / "guide", project / "guide")
    shutil.copytree(ROOT / "docs" / "theme", project / "docs" / "theme")
    chapter = project / "snippets" / "trial"
    chapter.mkdir(parents=True)
    (project / "snippets" / "__init__.py").write_text("", "utf-8")
    (chapter / "__init__.py").write_text("", "utf-8")
    blocks = []
    for name, body in bodies.items():
        (chapter / f"{name}.py").write_text(
            f"import asyncio\n\n\nasync def main() -> None:\n    {body}\n\n\n"
            'if __name__ == "__main__":\n    asyncio.run(main())\n',
            "utf-8",
        )
        blocks.append(
            f'```python exec="on"\nfrom guide.pages import example\n'
            f'print(example("trial.{name}"))\n```\n'
        )
    for language in LANGUAGES:
        (project / "docs" / language).mkdir(parents=True)
        (project / "docs" / language / "index.md").write_text(
            "# Trial { #trial }\n\n" + "\n".join(blocks), "utf-8"
        )
    return project


def test_a_working_example_builds_in_the_copied_project(tmp_path):
    """The control for the test below: the copy builds when its example works."""
    project = make_project(tmp_path, {"works": 'print("it works")'})
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "it works" in visible_text(tmp_path / "site" / "en" / "index.html")


def test_failing_examples_fail_the_strict_build_by_name(tmp_path):
    project = make_project(tmp_path, BROKEN_EXAMPLES)
    result = build(project, tmp_path / "site", GUIDE_EXAMPLE_TIMEOUT="3")
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "snippets.trial.raises: exited with code 1" in log
    assert "ValueError: boom" in log
    assert "snippets.trial.hangs: still running after 3s, killed" in log
    assert "snippets.trial.silent: printed nothing" in log
    assert "Aborted with" in log
