"""Page weight of every page and Lighthouse scores of a zh and an en chapter.

Serves a built site on 127.0.0.1 and gzips text responses (HTML, CSS, JS, JSON, SVG,
XML), as GitHub Pages does, so the figures are bytes on the wire: status lines, headers
and gzip bodies as the server sent them. Prints ``name: value`` lines:

- ``page_kb <path>``: what the first load of that page transfers in Chromium with a cold
  cache: every request until Material's search worker is ready and none is in flight
  (the worker and its language scripts included), except the search index
  (``search/search_index.json``);
- ``weight_pages``, ``weight_max_kb``, ``weight_max_page``, ``weight_max_requests``,
  ``weight_median_kb``, ``weight_s``;
- ``lighthouse_<zh|en>_<category>``: Lighthouse scores (0-100) of one chapter page, and
  how many runs they are the median of;
- the targets, each with its verdict; the script exits non-zero if one is missed.

kB are 1,000 bytes. Lighthouse reports and each page's requests (pages.json) go to
``build-output/weight/``. Run it with ``uvx nox -s weight`` (it builds the site first).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import Browser, Request, async_playwright
from playwright.async_api import Error as PlaywrightError

from guide import chromium
from guide.examples import ROOT
from guide.languages import SITE

OUTPUT = ROOT / "build-output" / "weight"
CHROMIUM = chromium.EXECUTABLE
LIGHTHOUSE = ROOT / "benchmarks" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
SEARCH_INDEX = "search/search_index.json"
MAX_PAGE_KB = 300
MIN_SCORE = 95
CATEGORIES = ("performance", "accessibility", "best-practices")
AUDITED = {"zh": "coroutines/", "en": "en/coroutines/"}
# The browser tests' flags; besides, every host but this machine is unresolvable, so a
# third-party request fails (and fails the run) instead of leaving the machine.
LAUNCH_ARGS = [*chromium.LAUNCH_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


@dataclass
class Sent:
    """One response as it left the server: status line, headers and body."""

    path: str
    status: int = 0
    size: int = 0


class SiteServer(ThreadingHTTPServer):
    """Serves a built site and logs every response's size in bytes on the wire."""

    def __init__(self, site: Path, port: int) -> None:
        self.sent: list[Sent] = []
        super().__init__(("127.0.0.1", port), functools.partial(GzipHandler, directory=site))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class _CountingWriter:
    """The response stream, adding what goes through it to the request's log entry."""

    def __init__(self, stream, handler: GzipHandler) -> None:
        self._stream = stream
        self._handler = handler

    def write(self, data: bytes) -> int:
        if self._handler.sent is not None:
            # Counted before it is sent: complete by the time the browser has it.
            self._handler.sent.size += len(data)
        return self._stream.write(data)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files; text ones gzipped (level 6, zlib's default) when the client accepts it,
    as GitHub Pages serves them, so the logged sizes are what a reader downloads."""

    server: SiteServer
    sent: Sent | None = None

    def setup(self) -> None:
        super().setup()
        self.wfile = _CountingWriter(self.wfile, self)

    def parse_request(self) -> bool:
        parsed = super().parse_request()
        if parsed:
            self.sent = Sent(urlsplit(self.path).path)
            self.server.sent.append(self.sent)
        return parsed

    def send_response(self, code: int, message: str | None = None) -> None:
        if self.sent is not None:
            self.sent.status = code
        super().send_response(code, message)

    def do_GET(self) -> None:
        file = self._compressible_file()
        if file is None:
            super().do_GET()
            return
        body = _gzip_file(file, file.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(file)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _compressible_file(self) -> Path | None:
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return None
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if path.suffix not in COMPRESSED or not path.is_file():
            return None  # directories without a slash (redirects), images, 404s
        return path

    def log_message(self, format: str, *args: object) -> None:
        pass


@functools.cache
def _gzip_file(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


def built_port(site: Path) -> int | None:
    """The port the site was built for, if its site_url is on this machine.

    Material's language switcher maps pages through sitemap.xml, whose URLs carry it.
    """
    try:
        loc = ET.parse(site / "sitemap.xml").getroot().find(".//{*}loc")
    except (OSError, ET.ParseError):
        return None
    url = urlsplit(loc.text if loc is not None and loc.text else "")
    return url.port if url.hostname == "127.0.0.1" else None


@contextmanager
def serving(site: Path) -> Iterator[SiteServer]:
    try:
        server = SiteServer(site, built_port(site) or 0)
    except OSError:  # the built port is taken: any port serves the pages' bytes alike
        server = SiteServer(site, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def page_paths() -> list[str]:
    """URL paths of every page: "" and "why-async/" for zh, "en/..." for en."""
    return [language.url_path(page) for language in SITE for page in language.page_files()]


# The first load ends when Material's search worker says it is ready (a message of type 1,
# SearchMessageType.READY): by then it has fetched the index and its language scripts.
SEARCH_READY_SCRIPT = """
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(...args) {
    super(...args);
    this.addEventListener("message", (event) => {
      if (event.data && event.data.type === 1) window.__guideSearchReady = true;
    });
  }
};
"""


async def first_load(browser: Browser, server: SiteServer, path: str) -> list[Sent]:
    """The responses of one page's first load with a cold cache, search index excluded."""
    context = await browser.new_context()  # a new context starts with an empty cache
    await context.add_init_script(SEARCH_READY_SCRIPT)
    pending: set[Request] = set()
    finished: list[str] = []  # URL paths of this context's responses, from our server
    failed: list[str] = []
    settled = asyncio.Event()  # no request in flight

    def started(request: Request) -> None:
        pending.add(request)
        settled.clear()

    def ended(request: Request, failure: str | None = None) -> None:
        pending.discard(request)
        if failure is not None:
            failed.append(f"{request.url} ({failure})")
        elif request.url.startswith(server.url):
            finished.append(urlsplit(request.url).path)
        if not pending:
            settled.set()

    context.on("request", started)
    context.on("requestfinished", ended)
    context.on("requestfailed", lambda request: ended(request, request.failure or "failed"))
    first = len(server.sent)
    try:
        page = await context.new_page()
        await page.goto(server.url + path, wait_until="load")
        await page.wait_for_function("window.__guideSearchReady === true", timeout=30_000)
        if not pending:
            settled.set()
        await asyncio.wait_for(settled.wait(), timeout=30)
    except PlaywrightError as error:
        failed.append(f"{error.message.splitlines()[0]} (did Material's search worker start?)")
    except TimeoutError:
        failed.append(f"still loading after 30 s: {', '.join(r.url for r in pending)}")
    finally:
        await context.close()
    # Sizes come from the server log (Playwright reports no body size for a worker's
    # requests), matched to what this browser context fetched: another program's browser
    # that reaches this port (a test that was given the same free port) is not counted.
    served = server.sent[first:]
    load = []
    for url_path in finished:
        match = next((sent for sent in served if sent.path == url_path), None)
        if match is None:
            failed.append(f"{url_path} (not in the server's log)")
            continue
        served.remove(match)
        if not match.path.endswith(SEARCH_INDEX):
            load.append(match)
    failed += [f"{sent.path} (HTTP {sent.status})" for sent in load if sent.status >= 400]
    if failed:
        raise LoadFailed(f"/{path}: " + "; ".join(failed))
    return load


class LoadFailed(Exception):
    """A page's first load lost a request: its weight would be short."""


async def page_weights(site: Path, paths: list[str], slots: int = 2) -> dict[str, list[Sent]]:
    """Every page's first load; ``slots`` pages at once, each slot with its own server so
    each response is counted for the page that asked for it (a worker's requests too)."""
    loads: dict[str, list[Sent]] = {}
    waiting = list(paths)

    async def load_pages(server: SiteServer) -> None:
        while waiting:
            path = waiting.pop(0)
            loads["/" + path] = await first_load(browser, server, path)

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        with ExitStack() as stack:
            servers = [stack.enter_context(serving(site)) for _ in range(slots)]
            await asyncio.gather(*(load_pages(server) for server in servers))
        await browser.close()
    return {"/" + path: loads["/" + path] for path in paths}


def lighthouse_run(base_url: str, path: str, report: Path) -> dict:
    """One Lighthouse run on one page; its JSON and HTML reports are saved as ``report.*``."""
    if not LIGHTHOUSE.is_file():
        sys.exit(f"no Lighthouse at {LIGHTHOUSE}: run `uvx nox -s weight` (it runs npm ci)")
    command = [
        shutil.which("node") or "node",
        str(LIGHTHOUSE),
        base_url + path,
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        "--output=html",
        f"--output-path={report}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        # Desktop, not the default mobile run: mobile simulates a 4x slower CPU from the
        # CPU time this run observes, and on a shared 2-core machine that swings the score
        # (86 to 97 for the same build here), all of it Material's own bundle.js and
        # layout work. Desktop (no CPU slowdown, fast network) measures the pages, not
        # what else the machine is doing.
        "--preset=desktop",
        "--quiet",
    ]
    result = subprocess.run(
        command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"lighthouse failed on /{path}:\n{result.stderr[-3000:]}")
    return json.loads(Path(f"{report}.report.json").read_text("utf-8"))


def lighthouse_scores(base_url: str, language: str, path: str) -> tuple[dict[str, int], int]:
    """0-100 scores of one page and the number of runs they are the median of.

    One run; if a score misses its target, two more and the median of the three, as
    Lighthouse advises against run-to-run variance: now and then a run on a busy machine
    records one large shift of Material's main area (CLS 0.16, performance 93; 3 of about
    30 desktop runs here, each while other work loaded the machine) that the next runs do not,
    nor a layout-shift observer in Playwright over the same pages.
    """
    for old in OUTPUT.glob(f"lighthouse-{language}-*.report.*"):
        old.unlink()
    audits = [lighthouse_run(base_url, path, OUTPUT / f"lighthouse-{language}")]
    if min(category_score(audits[0], category) for category in CATEGORIES) < MIN_SCORE:
        audits += [
            lighthouse_run(base_url, path, OUTPUT / f"lighthouse-{language}-{run}")
            for run in (2, 3)
        ]
    scores = {}
    for category in CATEGORIES:
        scores[category] = round(statistics.median(category_score(a, category) for a in audits))
        if scores[category] < MIN_SCORE:
            for name in sorted({name for a in audits for name in failing_audits(a, category)}):
                print(f"lighthouse_{language}_{category} failing audit: {name}")
    return scores, len(audits)


def category_score(audit: dict, category: str) -> int:
    score = audit["categories"][category]["score"]
    return round(score * 100) if score is not None else 0


def failing_audits(audit: dict, category: str) -> list[str]:
    names = []
    for ref in audit["categories"][category]["auditRefs"]:
        result = audit["audits"][ref["id"]]
        if ref["weight"] > 0 and result["score"] is not None and result["score"] < 1:
            names.append(f"{ref['id']} ({result['score']:.2f}): {result['title']}")
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site")
    parser.add_argument("--no-lighthouse", action="store_true", help="page weights only")
    args = parser.parse_args()
    site = args.site.resolve()
    if not (site / "index.html").is_file() or not (site / "en" / "index.html").is_file():
        sys.exit(f"no built site in {site}: run `uvx nox -s weight` (it builds first)")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    targets: dict[str, bool] = {}

    started = time.perf_counter()
    try:
        loads = asyncio.run(page_weights(site, page_paths()))
    except LoadFailed as error:
        sys.exit(f"a page's first load failed, its weight would be short: {error}")
    (OUTPUT / "pages.json").write_text(
        json.dumps({path: [asdict(sent) for sent in load] for path, load in loads.items()}),
        "utf-8",
    )
    weights = {path: sum(sent.size for sent in load) for path, load in loads.items()}
    for path, size in weights.items():
        print(f"page_kb {path}: {size / 1000:.1f}")
    heaviest = max(weights, key=weights.__getitem__)
    print(f"weight_pages: {len(weights)}")
    print(f"weight_max_kb: {weights[heaviest] / 1000:.1f}")
    print(f"weight_max_page: {heaviest}")
    print(f"weight_max_requests: {len(loads[heaviest])}")
    print(f"weight_median_kb: {statistics.median(weights.values()) / 1000:.1f}")
    print(f"weight_s: {time.perf_counter() - started:.1f}")
    targets[f"weight_max_kb <= {MAX_PAGE_KB}"] = weights[heaviest] <= MAX_PAGE_KB * 1000
    for path, size in weights.items():
        if size > MAX_PAGE_KB * 1000:
            print(f"over {MAX_PAGE_KB} kB: {path} ({size / 1000:.1f} kB, see pages.json)")

    if not args.no_lighthouse:
        with serving(site) as server:
            for language, path in AUDITED.items():
                started = time.perf_counter()
                scores, runs = lighthouse_scores(server.url, language, path)
                for category, score in scores.items():
                    name = f"lighthouse_{language}_{category.replace('-', '_')}"
                    print(f"{name}: {score}")
                    targets[f"{name} >= {MIN_SCORE}"] = score >= MIN_SCORE
                print(f"lighthouse_{language}_runs: {runs}")
                print(f"lighthouse_{language}_s: {time.perf_counter() - started:.1f}")

    for target, met in targets.items():
        verdict = "met" if met else "MISSED"
        print(f"target {re.sub(r'[^a-z0-9_]+', '_', target).strip('_')}: {verdict}")
    missed = [target for target, met in targets.items() if not met]
    if missed:
        sys.exit(f"missed: {', '.join(missed)} (reports in {OUTPUT.relative_to(ROOT)}/)")


if __name__ == "__main__":
    main()
