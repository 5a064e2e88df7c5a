"""Browser tests: Playwright drives Debian's chromium against the built site over HTTP.

Run with ``uvx nox -s browser`` (builds the site first). The site folder is
``GUIDE_SITE_DIR`` or ``site/``; chromium is ``CHROMIUM`` or ``/usr/bin/chromium``.
"""

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from guide import chromium
from guide.examples import ROOT
from guide.languages import SITE, language
from guide.processes import free_port, stop, wait_for_url

FIGURES: Counter[str] = Counter()
SCREENSHOTS = ROOT / "build-output" / "browser"


def pytest_terminal_summary(terminalreporter) -> None:
    for name, value in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{name}: {value}")


@pytest.fixture(scope="session")
def site_dir() -> Path:
    site = Path(os.environ.get("GUIDE_SITE_DIR", ROOT / "site"))
    if not all((site / language.root / "index.html").is_file() for language in SITE):
        pytest.fail(f"no built site in {site}: run `uvx nox -s browser` (it builds first)")
    return site


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    # Serve where the site was built for (its site_url): Material's language switcher
    # maps pages through sitemap.xml, whose URLs carry that host and port.
    port = urlsplit(os.environ.get("GUIDE_SITE_URL", "")).port or free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=site_dir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for_url(url, timeout=10)
    yield url
    stop(server)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = chromium.EXECUTABLE
    if not Path(executable).exists():
        pytest.fail(f"no chromium at {executable}: apt-get install chromium (or set CHROMIUM)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=chromium.LAUNCH_ARGS)
        yield launched
        launched.close()


def _page_paths(code: str) -> list[str]:
    """URL paths of every page of one language: "" and "why-async/" for zh, "en/..." for en."""
    return [language(code).url_path(page) for page in language(code).page_files()]


@pytest.fixture(scope="session")
def page_paths():
    return _page_paths


@pytest.fixture(scope="session")
def figures() -> Counter[str]:
    """Counts printed at the end of the run as `name: value` lines."""
    return FIGURES


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@dataclass
class FirstLoad:
    """What one page did on a first visit, until the network was idle."""

    path: str
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # console errors, failed requests, 4xx/5xx
    lang: str | None = None
    run_controls: int = 0


def _first_load(context: BrowserContext, base_url: str, path: str) -> FirstLoad:
    load = FirstLoad(path)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and load.problems.append(f"console: {m.text}"))
    page.on("requestfailed", lambda r: load.problems.append(f"failed: {r.url}"))
    page.on("request", lambda r: load.requests.append(r.url))
    page.on("response", lambda r: r.status >= 400 and load.problems.append(f"{r.status} {r.url}"))
    page.goto(f"{base_url}/{path}", wait_until="networkidle")
    load.lang = page.locator("html").get_attribute("lang")
    load.run_controls = page.locator(".guide-run").count()
    page.close()
    return load


@pytest.fixture(scope="session")
def first_loads(browser, base_url, page_paths) -> Callable[[str], list[FirstLoad]]:
    """Every page of a language loaded once, in one browser context, as a reader's first
    visits: the tests that check what pages do on load share this one pass (each
    load waits for an idle network, about half a second)."""
    done: dict[str, list[FirstLoad]] = {}

    def loads(code: str) -> list[FirstLoad]:
        if code not in done:
            context = browser.new_context()
            done[code] = [_first_load(context, base_url, path) for path in page_paths(code)]
            context.close()
        return done[code]

    return loads
