"""The strict build: both languages, outputs captured from real runs, failures named."""

import functools
import gzip
import json
import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
import yaml
from mkdocs.utils.yaml import yaml_load

from guide import interpreters, languages, linkcheck, sitemap, versions, wasm
from guide.examples import ROOT, Example, discover, run
from guide.expected import ANY_TIMING, same_but_timings
from guide.includes import language_includes, site_includes
from guide.languages import LANGUAGES, SITE, page_files
from guide.pages import RUNTIME_OUTPUT_TITLES
from guide.testing import TIMING_TOLERANCE, without_debug_lines

NUMBER = re.compile(r"\d+(?:\.\d+)?")
# A measurement's "name: value" line, a figure or the verdict drawn from figures
# ("sleepers: no gain"): two runs may print other values, never another name.
MEASURED_LINE = re.compile(r"^(\w+): ")


def comparable(measured: str) -> str:
    """What must be the same in two runs of a measurement: its name, or the line, with
    numbers masked (as in the page's text it is looked for in)."""
    name = MEASURED_LINE.match(measured)
    return NUMBER.sub("N", name[0] if name else measured)


DEBUG_MODE_CHANGES_OUTPUT = {
    # Debug mode adds a source_traceback to the exception handler's context.
    "task_exceptions.custom_handler",
    # Debug mode adds where the task was created to the "never retrieved" message.
    "task_exceptions.never_retrieved",
}

# One worker builds the site once for every test here (pytest-xdist --dist loadgroup).
pytestmark = pytest.mark.xdist_group("site")


@pytest.fixture(scope="session")
def site(tmp_path_factory, build_site) -> Path:
    site = tmp_path_factory.mktemp("build") / "site"
    # Built while the other tests load the machine: its timings may be off as theirs may
    # (a real build allows none; tests/test_build_failures.py builds that way).
    result = build_site(ROOT, site, GUIDE_PAGE_TIMING_SLACK=str(TIMING_TOLERANCE))
    assert result.returncode == 0, result.stderr
    return site


def html_file(site: Path, language: str, page: Path) -> Path:
    return site / languages.language(language).url_path(page) / "index.html"


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


def head_alternates(path: Path) -> dict[str, str]:
    """hreflang: href of the head's ``<link rel="alternate" hreflang>``."""
    head = path.read_text("utf-8").split("</head>")[0]
    links = re.findall(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">', head)
    return {hreflang: href for href, hreflang in links}


def test_hreflang_alternates_in_head_are_the_pages_own_versions(site):
    """Each page names its own version in every language by absolute URL, as the sitemaps
    do (a search engine ignores relative ones; Lighthouse's hreflang audit fails them)."""
    for language in LANGUAGES:
        for page in page_files(language):
            alternates = head_alternates(html_file(site, language, page))
            assert alternates == {
                **{other.hreflang: page_url(other.code, page) for other in SITE},
                "x-default": page_url(SITE[0].code, page),
            }, f"{language}/{page}"


def test_no_empty_table_header_cell(site):
    """A header cell with no text leaves its column's cells without a header for a screen
    reader (axe's td-has-header, in Lighthouse's accessibility score)."""
    empty = re.compile(r"<th\b[^>]*>\s*</th>")
    for language in LANGUAGES:
        for page in page_files(language):
            text = html_file(site, language, page).read_text("utf-8")
            assert not empty.search(text), f"{language}/{page}: {empty.search(text)[0]}"


def test_each_language_has_its_own_search_index(site):
    zh = (site / "search" / "search_index.json").read_text("utf-8")
    en = (site / languages.language("en").root / "search" / "search_index.json").read_text("utf-8")
    assert '"lang":["zh"]' in zh.replace(" ", "")
    assert '"lang":["en"]' in en.replace(" ", "")
    # jieba splits Chinese text into words joined by \u200b.
    assert "\\u200b" in zh or "\u200b" in zh


def test_example_source_is_searchable_as_plain_text(site):
    """The index gets each code block's text whole, highlighting or not (the build strips
    Pygments' spans before indexing, which must not lose or join any text)."""
    for language in SITE:
        index = site / language.root / "search" / "search_index.json"
        entries = json.loads(index.read_text("utf-8"))["docs"]
        found = {
            e["location"].split("/")[0]
            for e in entries
            if "def loop_outside_main() -&gt; str:" in e["text"]
        }
        # Exactly the pages that show that example (the coroutines chapter, the myths page).
        showing = {
            str(page.with_suffix(""))
            for page, includes in language_includes(language.code).items()
            if ("coroutines.run_entry_point", None) in includes
        }
        assert len(showing) >= 2, showing
        assert found == showing, index


def test_no_google_fonts(site):
    for page in site.rglob("*.html"):
        assert "fonts.googleapis.com" not in page.read_text("utf-8"), page


def timing_pattern(line: str) -> str:
    """A regex for the line with any printed timing (``1.0s``) in place of its own."""
    return re.escape(ANY_TIMING.sub("\x00", line)).replace("\x00", r"\d+\.\d+s")


def test_pages_show_what_each_example_prints(site, visible_text, shared_runs):
    """Every line of the run the example tests check is on every page that includes it.

    That run is this session's strict one (debug mode, the lines only debug mode adds
    left out), so the pages show what the tests checked. Examples whose output debug
    mode changes on purpose are run again the plain way.
    """
    included = site_includes()
    names = sorted(
        name
        for name in {name for includes in included.values() for name, _ in includes}
        # The others were tested on a Python new enough; the next test checks their pages.
        if Example(name).runs_here()
    )
    printed = {
        name: run(Example(name)).check().output
        if name in DEBUG_MODE_CHANGES_OUTPUT
        else "\n".join(without_debug_lines(shared_runs.get(name).check().output))
        for name in names
    }

    def not_shown(name: str, text: str) -> list[str]:
        lines = [line.strip() for line in printed.get(name, "").splitlines()]
        if Example(name).is_measurement:
            # Figures measured twice differ, and so may a verdict drawn from them (the
            # strict run is in debug mode, slower and noisier than the build's): the same
            # lines must be there, numbers and measured values aside.
            masked_text = NUMBER.sub("N", text)
            return [line for line in lines if comparable(line) not in masked_text]
        # Both runs are late by at most TIMING_TOLERANCE, so they differ by at most that.
        return [
            line
            for line in lines
            if line not in text
            and not any(
                same_but_timings(shown.group(0), line, TIMING_TOLERANCE)
                for shown in re.finditer(timing_pattern(line), text)
            )
        ]

    checked = 0
    for (language, page), includes in included.items():
        text = visible_text(html_file(site, language, page))
        for name, _ in includes:
            missing = not_shown(name, text)
            assert not missing, f"{language}/{page}: missing {missing[0]!r} of {name}"
            checked += len(printed.get(name, "").splitlines())
    assert checked > 0


def test_no_page_is_left_with_a_placeholder(site):
    """Pages convert while their examples run, with a placeholder for each output, chart
    or timeline still running (guide.pages): the build fills every one in."""
    left = [
        str(path.relative_to(site))
        for path in site.rglob("*.html")
        if "guide-deferred" in path.read_text("utf-8")
    ]
    assert not left


def test_pages_show_each_expected_output(site, visible_text):
    """A page shows only a run that printed its test's EXPECTED (guide/expected.py).

    A real build allows no timing off its nominal value; this one, built under the suite's
    load, allows TIMING_TOLERANCE (see ``site``)."""
    checked = 0
    for (language, page), includes in site_includes().items():
        text = visible_text(html_file(site, language, page))
        for name, _ in includes:
            # Run by the build's Python, or by a newer one here if the example needs it.
            python = Example(name).python
            version = (
                tuple(map(int, interpreters.version_of(python).split(".")[:2])) if python else None
            )
            expected = Example(name).expected_lines(version) if version else None
            for line in expected or []:
                shown = [m[0] for m in re.finditer(timing_pattern(line.strip()), text)]
                assert any(same_but_timings(s, line.strip(), TIMING_TOLERANCE) for s in shown), (
                    f"{language}/{page}: {name} does not show {line!r}"
                )
                checked += 1
    assert checked > 500


def test_examples_no_cpython_here_runs_show_the_webassembly_run_labelled(site, visible_text):
    """An example for a newer Python than any CPython here (3.14) shows the output
    CPython 3.14 in WebAssembly printed in this build, titled with that runtime (its
    lines are EXPECTED's: the test above reads them for the runtime's version)."""
    labelled = 0
    for (language, page), includes in site_includes().items():
        text = visible_text(html_file(site, language, page))
        for name, _ in includes:
            if Example(name).python != wasm.INTERPRETER:
                continue
            title = RUNTIME_OUTPUT_TITLES[language].format(
                module=f"snippets.{name}", runtime=wasm.runtime_label()
            )
            assert title in text, f"{language}/{page}: {name} is not titled {title!r}"
            labelled += 1
    runs_under_it = [ex for ex in discover() if ex.python == wasm.INTERPRETER]
    assert bool(labelled) == bool(runs_under_it)


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


class Head(HTMLParser):
    """What a page's <head> says: <html lang>, <title>, meta tags, the canonical link."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = self.title = self.canonical = ""
        self.meta: dict[str, str] = {}
        self._in_head = self._in_title = False
        self.feed(path.read_text("utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "html":
            self.lang = values.get("lang", "")
        self._in_head |= tag == "head"
        self._in_title = self._in_head and tag == "title"
        if self._in_head and tag == "meta" and "content" in values:
            self.meta[values.get("name") or values.get("property", "")] = values["content"]
        if self._in_head and tag == "link" and values.get("rel") == "canonical":
            self.canonical = values["href"]

    def handle_endtag(self, tag: str) -> None:
        self._in_head &= tag != "head"
        self._in_title &= tag != "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


@functools.cache
def language_config(language: str) -> dict:
    """The language's MkDocs config as the build read it (SITE_URL, INHERIT resolved)."""
    with (ROOT / languages.language(language).config).open("rb") as config_file:
        return yaml_load(config_file)


def front_matter(language: str, page: Path) -> dict:
    text = (languages.language(language).docs_dir / page).read_text("utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, flags=re.S)
    return yaml.safe_load(match[1]) if match else {}


def heading(language: str, page: Path) -> str:
    """The page's `# Title { #anchor }`, without the anchor: what MkDocs takes as its title."""
    text = (languages.language(language).docs_dir / page).read_text("utf-8")
    return re.search(r"^# (.+?)(?: *\{[^}]*\})?$", text, flags=re.M)[1]


def page_url(language: str, page: Path) -> str:
    """The absolute URL the page is published at."""
    return language_config("zh")["site_url"] + languages.language(language).url_path(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_its_own_description_title_and_open_graph_tags(site, language):
    site_name = language_config(language)["site_name"]
    for page in page_files(language):
        where = f"{language}/{page}"
        head = Head(html_file(site, language, page))
        description = front_matter(language, page).get("description")
        assert isinstance(description, str), f"{where}: no description"
        assert description.strip(), f"{where}: an empty description"
        assert head.meta.get("description") == description, where
        assert head.meta.get("og:description") == description, where
        title = site_name if page.stem == "index" else heading(language, page)
        assert head.title.strip() == (
            site_name if page.stem == "index" else f"{title} - {site_name}"
        ), where
        assert head.meta.get("og:title") == title, where
        assert head.meta.get("og:site_name") == site_name, where
        assert head.meta.get("og:locale") == languages.language(language).locale, where
        assert head.meta.get("og:type") == ("website" if page.stem == "index" else "article"), where
        url = page_url(language, page)
        assert urlsplit(url).scheme in ("http", "https"), url
        assert head.meta.get("og:url") == url == head.canonical, where
        assert head.meta.get("twitter:card") == "summary", where


NOT_FOUND = {
    "zh": ("页面不存在 - asyncio 实战指南", "你要找的页面不存在"),
    "en": ("Page not found - The asyncio guide that never lies", "The page you asked for"),
}


def links_in_content(path: Path) -> list[tuple[str, str]]:
    """(href, hreflang) of the links in the page's article."""
    article = re.search(r"<article.*?</article>", path.read_text("utf-8"), flags=re.S)[0]
    return [
        (href, hreflang)
        for href, hreflang in re.findall(r'<a href="([^"]*)"(?: hreflang="(\w+)")?', article)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_a_404_page_in_its_own_language(site, language):
    path = site / languages.language(language).root / "404.html"
    head = Head(path)
    title, text = NOT_FOUND[language]
    assert head.lang == language, f'{path}: <html lang="{head.lang}">'
    assert head.title.strip() == title
    assert text in path.read_text("utf-8")
    # Served at any missing path, so every link is absolute below the site's path.
    site_path = urlsplit(language_config("zh")["site_url"]).path
    homes = {other.code: site_path + other.root for other in SITE}
    links = links_in_content(path)
    assert (homes[language], "") in links, links
    others = [lang for lang in LANGUAGES if lang != language]
    assert [(href, lang) for href, lang in links if lang] == [(homes[o], o) for o in others]


def test_the_root_404_page_helps_english_readers(site):
    """GitHub Pages serves only /404.html, also for a missing /en/ page."""
    text = (site / "404.html").read_text("utf-8")
    assert re.search(r'<p lang="en">Reading in English\? <a href="[^"]*/en/" hreflang="en">', text)


def sitemap_entries(path: Path) -> dict[str, dict[str, str]]:
    """Each <loc> of a sitemap and its alternates, hreflang: href."""
    namespaces = {"s": sitemap.SITEMAP_NS, "x": sitemap.XHTML_NS}
    return {
        url.findtext("s:loc", namespaces=namespaces): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link[@rel='alternate']", namespaces)
        }
        for url in ElementTree.parse(path).getroot().findall("s:url", namespaces)
    }


def test_sitemaps_list_every_page_with_its_other_language(site):
    site_url = language_config("zh")["site_url"]
    root_sitemap = sitemap_entries(site / "sitemap.xml")
    en = languages.language("en")
    en_sitemap = sitemap_entries(site / en.root / "sitemap.xml")
    for language in LANGUAGES:
        for page in page_files(language):
            url = page_url(language, page)
            alternates = root_sitemap.get(url)
            assert alternates is not None, f"sitemap.xml does not list {url}"
            assert alternates == {
                **{other.hreflang: page_url(other.code, page) for other in SITE},
                "x-default": page_url(SITE[0].code, page),
            }, url
            if language == "en":
                assert en_sitemap.get(url) == alternates, f"en/sitemap.xml: {url}"
            for href in alternates.values():
                target = site / href.removeprefix(site_url) / "index.html"
                assert target.is_file(), f"{url}: alternate {href} has no page"
    assert len(root_sitemap) == sum(len(page_files(language)) for language in LANGUAGES)
    assert len(en_sitemap) == len(page_files("en"))
    for folder in (site / other.root for other in SITE):
        compressed = gzip.decompress((folder / "sitemap.xml.gz").read_bytes())
        assert compressed == (folder / "sitemap.xml").read_bytes(), folder


def test_rewriting_the_sitemaps_again_changes_nothing(site, tmp_path):
    """Under `mkdocs serve` an unchanged English build is not redone: its sitemap, already
    rewritten, is read again and must come out the same."""
    copy = tmp_path / "site"
    folders = [other.root for other in SITE]
    for folder in folders:
        (copy / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(site / folder / "sitemap.xml", copy / folder / "sitemap.xml")
    built = sitemap.languages_of(copy, language_config("zh")["site_url"])
    figures = sitemap.add_alternates(built)
    assert figures["alternates"] == 3 * figures["urls"] > 0
    for folder in folders:
        assert (copy / folder / "sitemap.xml").read_bytes() == (
            site / folder / "sitemap.xml"
        ).read_bytes()


def test_project_pages_url_links_and_fallback_description(tmp_path, trial_project, build_site):
    """Built for https://user.github.io/repo/: the 404 pages link below /repo/, the sitemap
    and og:url are absolute, a page without a description gets the site's."""
    project = trial_project({"hello": 'print("hello")'})
    site = tmp_path / "site"
    result = build_site(project, site, SITE_URL="https://user.github.io/repo/")
    assert result.returncode == 0, result.stderr
    assert ("/repo/en/", "en") in links_in_content(site / "404.html")
    assert ("/repo/", "zh") in links_in_content(site / "en" / "404.html")
    head = Head(site / "en" / "index.html")
    assert head.meta["og:url"] == "https://user.github.io/repo/en/"
    assert head.meta["og:description"] == head.meta["description"]
    assert head.meta["description"] == language_config("en")["site_description"]
    assert sitemap_entries(site / "sitemap.xml")["https://user.github.io/repo/"] == {
        "zh-Hans": "https://user.github.io/repo/",
        "en": "https://user.github.io/repo/en/",
        "x-default": "https://user.github.io/repo/",
    }


def section_html(html: str, anchor: str) -> str | None:
    """A built page's section: from the heading with that id to the next heading of the
    same or a higher level; None if no heading has that id."""
    heading = re.search(rf'<h([1-6]) id="{re.escape(anchor)}"', html)
    if heading is None:
        return None
    rest = html[heading.end() :]
    end = re.search(rf"<h[1-{heading[1]}][ >]", rest)
    return rest[: end.start() if end else len(rest)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_versions_row_leads_to_its_rendered_example(site, language):
    """A row's links resolve in the built site (the chapter, the section's anchor), and
    the section renders the example the row names."""
    versions_page = html_file(site, language, Path(versions.PAGE)).read_text("utf-8")
    for row in versions.rows(languages.language(language).docs_dir):
        where = f"{language} versions row {row.python} {row.example}"
        stem = Path(row.page).stem
        assert f'href="../{stem}/#{row.anchor}"' in versions_page, f"{where}: link not rendered"
        page = html_file(site, language, Path(row.page))
        assert page.is_file(), f"{where}: {row.page} not built"
        section = section_html(page.read_text("utf-8"), row.anchor)
        assert section is not None, f"{where}: dead anchor #{row.anchor} on {row.page}"
        source = Example(row.example).path.relative_to(ROOT).as_posix()
        assert f'<span class="filename">{source}</span>' in section, (
            f"{where}: #{row.anchor} does not render the example"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_examples_for_a_newer_python_carry_their_version_badge(site, language):
    """Every example marked (Python 3.X+) above the floor has its badge wherever a page
    includes it, and no other example has one."""
    badged = 0
    for page, includes in language_includes(language).items():
        html = html_file(site, language, page).read_text("utf-8")
        for name, _ in includes:
            needed = "{}.{}".format(*Example(name).requires_python)
            badge = f'data-python="{needed}" data-example="snippets.{name}"'
            if Example(name).requires_python > (3, 11):
                assert badge in html, f"{language}/{page}: snippets.{name} has no badge"
                badged += 1
            else:
                assert f'data-example="snippets.{name}"' not in html, f"{language}/{page}"
    assert badged >= 4  # queue_shutdown, as_completed_async_for, EventLoop, create_task
