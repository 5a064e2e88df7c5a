"""The strict build: both languages, outputs captured from real runs, failures named."""

import posixpath
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from guide import linkcheck
from guide.examples import ROOT, Example, run
from guide.pages import LANGUAGES, page_files, page_includes

LANGUAGE_DIRS = {"zh": "", "en": "en"}
NUMBER = re.compile(r"\d+(?:\.\d+)?")
TIMING = re.compile(r"\d+\.\d+s\b")

# One worker builds the site once for every test here (pytest-xdist --dist loadgroup).
pytestmark = pytest.mark.xdist_group("site")


@pytest.fixture(scope="session")
def site(tmp_path_factory, build_site) -> Path:
    site = tmp_path_factory.mktemp("build") / "site"
    result = build_site(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


def html_file(site: Path, language: str, page: Path) -> Path:
    folder = site / LANGUAGE_DIRS[language]
    if page.name == "index.md":
        return folder / page.parent / "index.html"
    return folder / page.with_suffix("") / "index.html"


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
    """Every page names both languages' homes on this host (what Material's script needs)."""
    for language in LANGUAGES:
        for page in page_files(language):
            text = html_file(site, language, page).read_text("utf-8")
            assert '<link rel="alternate" href="/" hreflang="zh">' in text, page
            assert '<link rel="alternate" href="/en/" hreflang="en">' in text, page


def test_each_language_has_its_own_search_index(site):
    zh = (site / "search" / "search_index.json").read_text("utf-8")
    en = (site / "en" / "search" / "search_index.json").read_text("utf-8")
    assert '"lang":["zh"]' in zh.replace(" ", "")
    assert '"lang":["en"]' in en.replace(" ", "")
    # jieba splits Chinese text into words joined by \u200b.
    assert "\\u200b" in zh or "\u200b" in zh


def test_no_google_fonts(site):
    for page in site.rglob("*.html"):
        assert "fonts.googleapis.com" not in page.read_text("utf-8"), page


def timing_pattern(line: str) -> str:
    """A regex for the line with any printed timing (``1.0s``) in place of its own."""
    return re.escape(TIMING.sub("\x00", line)).replace("\x00", r"\d+\.\d+s")


def test_pages_show_what_each_example_prints(site, visible_text, timing_tolerant):
    """Every line ``python -m snippets.<name>`` prints now is on every page that includes it."""
    included = {
        (language, page): page_includes((ROOT / "docs" / language / page).read_text("utf-8"))
        for language in LANGUAGES
        for page in page_files(language)
    }
    names = sorted(
        name
        for name in {name for includes in included.values() for name, _ in includes}
        if Example(name).runs_here()  # the build shows "no output" for the others
    )
    # Fresh runs, as a reader runs them, side by side (they mostly sleep; a few spin
    # the CPU on purpose, so not too many at once on a 2-core machine).
    with ThreadPoolExecutor(max_workers=4) as pool:
        outputs = pool.map(lambda name: run(Example(name)).check().output, names)
        printed = dict(zip(names, outputs, strict=True))
    checked = 0
    for (language, page), includes in included.items():
        text = visible_text(html_file(site, language, page))
        masked_text = NUMBER.sub("N", text)
        for name, _ in includes:
            if Example(name).is_measurement:
                # Figures measured twice differ; the same lines must be there, numbers aside.
                for line in printed.get(name, "").splitlines():
                    assert NUMBER.sub("N", line.strip()) in masked_text, f"{page}: {line!r}"
                    checked += 1
                continue
            for line in printed.get(name, "").splitlines():
                # The site is built while the rest of the suite loads the machine, so a
                # timing on the page may be off by a quarter from this run's.
                shown = line.strip() in text or any(
                    timing_tolerant(shown.group(0), line.strip(), relative=0.25, absolute=0.5)
                    for shown in re.finditer(timing_pattern(line.strip()), text)
                )
                assert shown, f"{language}/{page}: missing {line!r} of {name}"
                checked += 1
    assert checked > 0


def test_no_gaps_between_chinese_characters(site):
    """Wrapped Chinese source lines must not render as spaces between characters."""
    cjk = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
    gaps = []
    for page in page_files("zh"):
        text = html_file(site, "zh", page).read_text("utf-8")
        for block in re.findall(r"<(p|li|td)>(.*?)</\1>", text, flags=re.S):
            # A line break in the source is the culprit (a space typed on purpose is not).
            if match := re.search(rf"[{cjk}][ \t]*\n\s*[{cjk}]", block[1]):
                gaps.append(f"{page}: {match[0]!r}")
    assert not gaps, "\n".join(gaps)


def test_no_broken_links_or_anchors_and_nothing_fetched_from_elsewhere(site):
    problems, counts = linkcheck.check(site)
    assert not problems, "\n".join(problems)
    assert counts["internal_links"] > 100
    assert counts["anchors"] > 50


def test_the_link_check_sees_breakage(tmp_path):
    """Guards the guard: a missing page, a missing anchor and a CDN script are reported."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<h2 id="here">x</h2><a href="a/">ok</a><a href="#here">ok</a>'
        '<a href="b/">missing page</a><a href="a/#nowhere">missing anchor</a>'
        '<script src="https://cdn.example.com/x.js"></script>',
        "utf-8",
    )
    (tmp_path / "a" / "index.html").write_text("<p>a</p>", "utf-8")
    problems, _ = linkcheck.check(tmp_path)
    assert len(problems) == 3
    assert any("broken link b/" in problem for problem in problems)
    assert any("no #nowhere" in problem for problem in problems)
    assert any("fetches from elsewhere" in problem for problem in problems)
