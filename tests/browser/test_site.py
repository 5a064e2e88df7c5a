"""What a reader meets in a browser, in both languages."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from guide.languages import LANGUAGES, SITE
from guide.languages import language as site_language


def other_language(code: str) -> str:
    """The language the switcher offers on a page of this one (the site has two)."""
    return next(other.code for other in SITE if other.code != code)


def counterpart(path: str, code: str) -> str:
    """The same page in the other language, from its URL path below the site root."""
    below_root = path.removeprefix(site_language(code).root)
    return site_language(other_language(code)).root + below_root


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_loads_cleanly_from_this_host_only(base_url, language, first_loads, figures):
    host = urlsplit(base_url).netloc
    problems = []
    for load in first_loads(language):
        problems += [f"{load.path}: {problem}" for problem in load.problems]
        problems += [
            f"{load.path}: request to another host: {url}"
            for url in load.requests
            if urlsplit(url).netloc not in (host, "")
        ]
        if load.lang != language:
            problems.append(f"{load.path}: <html lang={load.lang!r}>")
        figures["requests_checked"] += len(load.requests)
        figures["pages_checked"] += 1
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_switcher_leads_to_the_same_page(browser, base_url, language, page_paths, figures):
    page = browser.new_page()
    for path in page_paths(language):
        page.goto(f"{base_url}/{path}")
        page.hover(".md-select")
        page.locator(f'a.md-select__link[hreflang="{other_language(language)}"]').click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path == "/" + counterpart(path, language), path
        expect(page.locator("html")).to_have_attribute("lang", other_language(language))
        figures["switches_checked"] += 1
    page.close()


SEARCH_READY = {"zh": "键入以开始搜索", "en": "Type to start searching"}


@pytest.mark.parametrize(
    ("language", "query"), [("zh", "协程"), ("zh", "任务组"), ("en", "TaskGroup")]
)
def test_search_finds_pages_of_the_same_language(browser, base_url, language, query, figures):
    page = browser.new_page()
    page.goto(f"{base_url}/{site_language(language).root}")
    page.locator(".md-search__input").click()
    # Type once the index is loaded: Material's placeholder, in the page's language,
    # replaces "initializing" then.
    expect(page.locator(".md-search-result__meta")).to_have_text(
        SEARCH_READY[language], timeout=15_000
    )
    # Material reads the box on keyup (as when a reader types, or ends an IME
    # composition); fill() alone sends no key.
    page.locator(".md-search__input").fill(query)
    page.locator(".md-search__input").press("End")
    results = page.locator(".md-search-result__item a, a.md-search-result__link")
    expect(results.first).to_be_visible(timeout=15_000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    paths = [urlsplit(href).path for href in hrefs if href]
    assert paths, f"no results for {query}"
    in_en = [p for p in paths if f"/{site_language('en').root}" in p]
    assert (len(in_en) == len(paths)) if language == "en" else not in_en, paths
    figures["searches_checked"] += 1
    page.close()


def test_copy_button_copies_the_example_code(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{base_url}/why-async/")
    block = page.locator(
        ".highlight", has=page.locator("span.filename", has_text="snippets/")
    ).first
    code = block.locator("code").inner_text()
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == code.strip()
    assert "async def main()" in copied
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_dark_mode_toggles(browser, base_url, language):
    page = browser.new_page(color_scheme="light")
    page.goto(f"{base_url}/{site_language(language).root}why-async/")
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.close()


@pytest.mark.parametrize(
    ("language", "output_title"),
    [("zh", "运行 python -m snippets.coroutines.run_entry_point 的输出"),
     ("en", "Output of python -m snippets.coroutines.run_entry_point")],
)  # fmt: skip
def test_output_is_visible_under_its_source(
    browser, base_url, language, output_title, screenshots, figures
):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(f"{base_url}/{site_language(language).root}coroutines/#asyncio-run")
    source = page.locator(
        ".highlight", has=page.locator("span.filename", has_text="run_entry_point.py")
    )
    output = page.locator(".highlight", has=page.locator("span.filename", has_text=output_title))
    expect(source).to_be_visible()
    expect(output).to_be_visible()
    expect(output).to_contain_text("asyncio.run returned 42")
    assert output.bounding_box()["y"] > source.bounding_box()["y"]  # right under the source
    shot = screenshots / f"{language}-coroutines.png"
    page.screenshot(path=str(shot))
    figures[f"screenshot_{language}"] = 1
    page.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_timeline_is_legible_and_has_its_text_alternative(
    browser, base_url, language, scheme, width, screenshots, figures
):
    """A timeline (guide.timelines) on a phone and a desktop, light and dark: its SVG is
    named by its <title> and <desc>, the text version lists every lane, lane names stay
    at 10 px or more, the figure fits (the page never scrolls sideways), and the legend's
    keys sit side by side rather than one per line."""
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page.goto(f"{base_url}/{site_language(language).root}task-groups/")
    expected_scheme = {"light": "default", "dark": "slate"}[scheme]
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected_scheme)
    figure = page.locator("figure.guide-timeline").first
    svg = figure.locator("svg.timeline")
    expect(svg).to_be_visible()
    title = svg.locator("title")
    caption = figure.locator("figcaption")
    assert title.text_content().strip() == caption.text_content().strip() != ""
    labelled_by = svg.get_attribute("aria-labelledby").split()
    assert labelled_by == [title.get_attribute("id"), svg.locator("desc").get_attribute("id")]
    assert svg.locator("desc").text_content().strip()
    assert svg.get_attribute("role") == "img"
    lanes = svg.locator("text.timeline__name").count()
    text_version = figure.locator("details.guide-timeline__text li")
    assert text_version.count() == lanes >= 3  # main, failing, sibling
    name_size = svg.locator("text.timeline__name").first.evaluate(
        "e => e.getBoundingClientRect().height"
    )
    assert name_size >= 10
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    keys = figure.locator("ul.guide-timeline__legend li")
    assert keys.nth(0).bounding_box()["y"] == keys.nth(1).bounding_box()["y"]
    svg.scroll_into_view_if_needed()
    shot = screenshots / f"timeline-{language}-{scheme}-{width}.png"
    figure.screenshot(path=str(shot))
    figures[f"timeline_screenshot_{language}_{scheme}_{width}"] = 1
    page.close()
