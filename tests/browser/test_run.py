"""The Run control (guide/browser_run.py, docs/theme/assets/run.js) in chromium: a
reader runs an example in the page, edits it, resets it, stops a runaway one; the
runtime comes from the site itself, and only once the reader presses Run."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from guide import includes, wasm
from guide.examples import Example, discover
from guide.expected import first_deviation
from guide.languages import LANGUAGES
from guide.languages import language as site_language
from guide.pages import OUTPUT_TITLES, RUN_TEXT
from guide.testing import TIMING_TOLERANCE, assert_printed, without_debug_lines

MODULE = "snippets.tasks_futures.task_scheduled"
"""A core example that runs in the browser (guide/wasm/runnable.json says so, tested)."""
PAGE = "tasks-and-futures/"
RUN_TIMEOUT = 60_000
"""ms: loading the runtime takes a few seconds; this is for a machine under load."""
RUNTIME = "assets/pyodide/"


@pytest.fixture
def reader(browser, base_url):
    """A fresh browser context (cold cache) recording every request, workers' included."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    yield context, requests
    context.close()


def open_page(context, base_url: str, language: str) -> Page:
    page = context.new_page()
    page.goto(f"{base_url}/{site_language(language).root}{PAGE}")
    return page


def control(page: Page):
    return page.locator(f'.guide-run[data-module="{MODULE}"]')


def press(page: Page, button: str, language: str) -> None:
    control(page).get_by_role("button", name=RUN_TEXT[language][button], exact=True).click()


def run_and_wait(page: Page, language: str) -> list[str]:
    """Press Run, wait until the run ends, return the lines it printed in the page."""
    runs = int(control(page).get_attribute("data-runs") or 0)
    press(page, "run", language)
    expect(control(page)).to_have_attribute("data-runs", str(runs + 1), timeout=RUN_TIMEOUT)
    expect(control(page).locator(".guide-run__run")).to_be_enabled()
    return reader_output(page)


def reader_output(page: Page) -> list[str]:
    code = page.locator(".guide-run__output code")
    expect(code).to_have_count(1)
    return code.text_content().splitlines()


def captured_output(page: Page, language: str) -> list[str]:
    """The build's output of the example, as the page shows it."""
    title = OUTPUT_TITLES[language].format(python="python", module=MODULE)
    block = page.locator(
        ".highlight:not(.guide-run__output)", has=page.locator("span.filename", has_text=title)
    )
    return block.locator("code").text_content().splitlines()


def run_workers(page: Page) -> list:
    """The page's Run workers (Material's search has a worker too)."""
    return [worker for worker in page.workers if worker.url.endswith("/run-worker.js")]


def module_source() -> str:
    return Example(MODULE.removeprefix("snippets.")).path.read_text("utf-8")


def only_this_host(requests: list[str], base_url: str) -> list[str]:
    host = urlsplit(base_url).netloc
    return [url for url in requests if urlsplit(url).netloc not in (host, "")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_run_prints_what_the_build_printed_then_an_edit_runs(reader, base_url, language):
    context, requests = reader
    page = open_page(context, base_url, language)
    press(page, "run", language)
    # While the runtime loads, the status line says so, with the megabytes received.
    loading = re.escape(RUN_TEXT[language]["loading"]).replace(r"\{mb\}", r"\d+\.\d")
    loading = loading.replace(r"\{label\}", re.escape(wasm.RUNTIME_LABEL))
    expect(control(page).locator(".guide-run__status")).to_have_text(re.compile(loading))
    expect(control(page)).to_have_attribute("data-runs", "1", timeout=RUN_TIMEOUT)
    printed = reader_output(page)
    captured = captured_output(page, language)
    assert captured, "the page shows no captured output to compare with"
    assert_printed(printed, captured)
    finished = re.escape(RUN_TEXT[language]["finished"]).replace(r"\{seconds\}", r"\d+\.\d")
    expect(control(page).locator(".guide-run__status")).to_have_text(re.compile(finished))
    # The editor holds the whole module, as the file the suite ran.
    editor = page.locator(".guide-run__editor")
    assert editor.input_value() == module_source()
    assert (
        "snippets/tasks_futures/task_scheduled.py"
        in page.locator(".guide-run__note").text_content()
    )

    edited = module_source().replace("neither has started", "none has started yet")
    editor.fill(edited)
    printed_after_edit = run_and_wait(page, language)
    assert_printed(
        printed_after_edit,
        [captured[0].replace("neither has started", "none has started yet"), *captured[1:]],
    )

    # The runtime and the archive came from this site, and nothing else did.
    assert any(url.endswith(".wasm") for url in requests)
    assert not only_this_host(requests, base_url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_reset_restores_the_example(reader, base_url, language):
    context, _ = reader
    page = open_page(context, base_url, language)
    source_block = control(page).locator(
        "xpath=preceding-sibling::div[contains(@class, 'highlight')][1]"
    )
    shown_source = source_block.locator("code").text_content()
    run_and_wait(page, language)
    page.locator(".guide-run__editor").fill("print('changed')\n")
    run_and_wait(page, language)
    assert reader_output(page) == ["changed"]

    press(page, "reset", language)
    expect(page.locator(".guide-run__editor")).to_have_count(0)
    expect(page.locator(".guide-run__output")).to_have_count(0)
    expect(control(page).locator(".guide-run__status")).to_have_text(RUN_TEXT[language]["hint"])
    expect(source_block).to_be_visible()
    assert source_block.locator("code").text_content() == shown_source
    # Run again: the original module, not the edit.
    printed = run_and_wait(page, language)
    assert page.locator(".guide-run__editor").input_value() == module_source()
    assert_printed(printed, captured_output(page, language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_stop_ends_a_runaway_example(reader, base_url, language):
    context, _ = reader
    page = open_page(context, base_url, language)
    run_and_wait(page, language)
    runaway = module_source().replace(
        "async def main() -> None:\n",
        "async def main() -> None:\n"
        "    print('looping')\n"
        "    while True:\n"
        "        await asyncio.sleep(0)\n",
    )
    assert runaway != module_source()
    page.locator(".guide-run__editor").fill(runaway)
    press(page, "run", language)
    expect(page.locator(".guide-run__output code")).to_have_text("looping\n", timeout=RUN_TIMEOUT)
    assert len(run_workers(page)) == 1
    press(page, "stop", language)
    # The worker is gone (terminated, not asked to stop), and the control is usable again.
    for _ in range(50):
        if not run_workers(page):
            break
        page.wait_for_timeout(100)
    assert not run_workers(page)
    status = control(page).locator(".guide-run__status")
    expect(status).to_have_text(RUN_TEXT[language]["stopped"])
    expect(control(page).locator(".guide-run__run")).to_be_enabled()
    # The next Run starts Python afresh and runs the original again after Reset.
    press(page, "reset", language)
    assert_printed(run_and_wait(page, language), captured_output(page, language))


@pytest.mark.parametrize("phase", ["archive", "runtime"])
def test_stop_while_loading_leaves_nothing_running(reader, base_url, phase):
    """Stop pressed while the archive is on its way (held here until then) or while the
    worker loads Python: no worker is left, and the next Run works."""
    context, _ = reader
    page = open_page(context, base_url, "en")
    held = []
    if phase == "archive":
        page.route("**/snippets-*.zip", lambda route: held.append(route))
    press(page, "run", "en")
    if phase == "runtime":
        expect(page.locator(".guide-run__editor")).to_have_count(1)
    else:
        page.wait_for_timeout(500)
        assert held, "the archive was not requested"
    press(page, "stop", "en")
    expect(control(page).locator(".guide-run__status")).to_have_text(RUN_TEXT["en"]["stopped"])
    if held:
        held[0].continue_()
        page.unroute("**/snippets-*.zip")
    page.wait_for_timeout(3000)  # longer than the runtime takes to load here
    assert not run_workers(page)
    assert_printed(run_and_wait(page, "en"), captured_output(page, "en"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_loads_the_runtime_before_run_is_pressed(language, first_loads, figures):
    problems = []
    controls = 0
    for load in first_loads(language):
        controls += load.run_controls
        loaded_script = any(url.endswith("/assets/run.js") for url in load.requests)
        if loaded_script != bool(load.run_controls):
            problems.append(
                f"{load.path}: {load.run_controls} controls, run.js loaded: {loaded_script}"
            )
        for url in load.requests:
            if url.endswith((".wasm", ".zip", "run-worker.js")) or RUNTIME in url:
                problems.append(f"{load.path}: fetched {url} before any Run")
    figures[f"run_controls_{language}"] = controls
    assert controls > 0, "no page has a Run control"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [360, 1280])
def test_run_control_screenshots(browser, base_url, language, width, screenshots, figures):
    """Before and after Run, on a phone and a desktop: the editor and the output stay
    within the page's width (no page-wide sideways scroll)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = open_page(context, base_url, language)
    control(page).scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / f"run-{language}-{width}-before.png"))
    run_and_wait(page, language)
    page.locator(".guide-run__output").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / f"run-{language}-{width}-after.png"))
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    figures[f"run_screenshots_{language}_{width}"] = 2
    context.close()


def test_every_runnable_example_prints_in_the_browser_what_cpython_prints(
    browser, base_url, page_paths, figures
):
    """The manifest's proof (tests/test_wasm_runnable.py) runs under Node.js; here each
    example with a Run control runs in chromium's worker, from its page, and is held to
    the same comparison: what CPython prints for the page, timings within
    TIMING_TOLERANCE. One page of each example, English (the runtime is the same)."""
    runnable = {ex.module for ex in discover() if wasm.browser_status(ex.module) is None}
    included = {f"snippets.{name}" for name in includes.included_names()}
    context = browser.new_context()
    ran: set[str] = set()
    wrong: list[str] = []
    for path in page_paths("en"):
        page = context.new_page()
        page.goto(f"{base_url}/{path}")
        modules = dict.fromkeys(
            page.locator(".guide-run").evaluate_all("all => all.map(e => e.dataset.module)")
        )
        for module in modules:
            if module in ran:
                continue
            ran.add(module)
            one = page.locator(f'.guide-run[data-module="{module}"]').first
            one.get_by_role("button", name=RUN_TEXT["en"]["run"], exact=True).click()
            expect(one).to_have_attribute("data-runs", "1", timeout=RUN_TIMEOUT)
            output = one.locator("xpath=following-sibling::div[1]")
            printed = output.locator("code").text_content() if output.count() else ""
            want = wasm.cpython_lines(Example(module.removeprefix("snippets.")))
            deviation = first_deviation(without_debug_lines(printed), want, TIMING_TOLERANCE)
            if deviation:
                wrong.append(f"{path} {module}: {deviation}")
        page.close()
    context.close()
    figures["run_examples_checked_in_chromium"] = len(ran)
    assert ran == runnable & included, "controls differ from the manifest's runnable examples"
    assert not wrong, "\n".join(wrong)


def _rgb_alpha(css: str) -> tuple[list[float], float]:
    values = [float(value) for value in re.findall(r"[\d.]+", css)]
    return values[:3], values[3] if len(values) > 3 else 1.0


def _luminance(rgb: list[float]) -> float:
    def linear(channel: float) -> float:
        channel /= 255
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = map(linear, rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast of a CSS colour (alpha blended) on an opaque one."""
    colour, alpha = _rgb_alpha(foreground)
    back, _ = _rgb_alpha(background)
    blended = [alpha * f + (1 - alpha) * b for f, b in zip(colour, back, strict=True)]
    light, dark = sorted((_luminance(blended), _luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_control_reads_in_both_schemes_after_a_run(browser, base_url, scheme):
    """Lighthouse audits pages before any Run, in the light scheme: the buttons and the
    status line after a run, light and dark, meet WCAG AA (4.5:1 text, 3:1 borders)."""
    context = browser.new_context(color_scheme=scheme)
    page = open_page(context, base_url, "en")
    run_and_wait(page, "en")
    body = page.evaluate("getComputedStyle(document.body).backgroundColor")
    checks = [
        (".guide-run__run", "color", 4.5),
        (".guide-run__reset", "color", 4.5),
        (".guide-run__reset", "borderTopColor", 3.0),
        (".guide-run__status", "color", 4.5),
    ]
    for selector, prop, minimum in checks:
        element = control(page).locator(selector)
        colour = element.evaluate(f"e => getComputedStyle(e).{prop}")
        background = element.evaluate("e => getComputedStyle(e).backgroundColor")
        if _rgb_alpha(background)[1] == 0:
            background = body
        assert contrast(colour, background) >= minimum, (scheme, selector, prop)
    context.close()


def test_the_editor_indents_with_tab_lets_the_keyboard_out_and_runs_on_ctrl_enter(reader, base_url):
    context, _ = reader
    page = open_page(context, base_url, "en")
    run_and_wait(page, "en")
    editor = page.locator(".guide-run__editor")
    editor.fill("print('one')\n")
    editor.press("End")
    editor.press("Tab")
    assert editor.input_value() == "print('one')\n    "
    assert page.evaluate("document.activeElement.matches('.guide-run__editor')")
    editor.press("Control+Enter")
    expect(control(page)).to_have_attribute("data-runs", "2", timeout=RUN_TIMEOUT)
    assert reader_output(page) == ["one"]
    # Escape, then Tab: the focus moves on, the text stays as it was.
    editor.focus()
    editor.press("Escape")
    editor.press("Tab")
    assert not page.evaluate("document.activeElement.matches('.guide-run__editor')")
    assert editor.input_value() == "print('one')\n    "
