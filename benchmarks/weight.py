"""Page weight and Lighthouse scores of every page of the built site.

Serves a built site on 127.0.0.1 and gzips text responses (HTML, CSS, JS, JSON, SVG,
XML), as GitHub Pages does, so the figures are bytes on the wire: status lines, headers
and gzip bodies as the server sent them. Prints ``name: value`` lines:

- ``page_kb <path>``: what the first load of that page transfers in Chromium with a cold
  cache: every request until Material's search worker is ready and none is in flight
  (the worker and its language scripts included), except the search index
  (``search/search_index.json``);
- ``weight_pages``, ``weight_max_kb``, ``weight_max_page``, ``weight_max_requests``,
  ``weight_median_kb``, ``weight_s``;
- ``lighthouse <path>``: that page's Lighthouse scores (0-100) in the four categories, the
  median of its runs (one, or three when the first misses a target), and its time;
- ``lighthouse_pages``, ``lighthouse_runs``, ``lighthouse_min_<category>`` (the lowest
  page's score and path), ``lighthouse_missed_<category>`` (pages below target) and
  ``lighthouse_s``;
- the targets, each with its verdict; the script exits non-zero if one is missed, after
  naming each page below a target with the audits that failed there.

The pages are those the site lists in its sitemap.xml (both languages) and each
language's 404.html, so a page added later is measured too. kB are 1,000 bytes.
Lighthouse reports and each page's requests (pages.json) go to ``build-output/weight/``.
Run it with ``uvx nox -s weight`` (it builds the site first).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gzip
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
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

from guide import chromium, processes
from guide.examples import ROOT
from guide.languages import SITE

OUTPUT = ROOT / "build-output" / "weight"
CHROMIUM = chromium.EXECUTABLE
LIGHTHOUSE = ROOT / "benchmarks" / "lighthouse"
AUDIT_SCRIPT = LIGHTHOUSE / "audit.mjs"
SEARCH_INDEX = "search/search_index.json"
MAX_PAGE_KB = 300
MIN_SCORES = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
"""Lighthouse targets of every page: accessibility, best practices and SEO have no
reason to vary between runs; performance is measured on a machine doing other work."""
RUNS = 3
"""Runs of a page that misses a target on its first run; its scores are their median."""
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


def page_paths(site: Path) -> list[str]:
    """URL paths below the site's root of every page the site has: "" and "why-async/"
    for zh, "en/..." for en, from the sitemaps (a page added later is in them), then each
    language's 404 page, which no sitemap lists."""
    locs: list[str] = []
    for sitemap in [site / "sitemap.xml", *sorted(site.glob("*/sitemap.xml"))]:
        if sitemap.is_file():
            root = ET.parse(sitemap).getroot()
            locs += [(loc.text or "").strip() for loc in root.iterfind(".//{*}url/{*}loc")]
    if not locs:
        sys.exit(f"no pages in {site}/sitemap.xml")
    home = min(locs, key=len)  # the site's root: every other page is below it
    paths = list(dict.fromkeys(loc.removeprefix(home) for loc in locs))
    not_found = [site / "404.html", *sorted(site.glob("*/404.html"))]
    return paths + [page.relative_to(site).as_posix() for page in not_found if page.is_file()]


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


@contextmanager
def devtools_browser() -> Iterator[int]:
    """One Chromium for every Lighthouse run, with the weights' flags; yields its DevTools
    port. Lighthouse's own launcher would start a browser per page (about a second each)."""
    with tempfile.TemporaryDirectory(prefix="guide-lighthouse-") as profile:
        command = [
            CHROMIUM,
            *LAUNCH_ARGS,
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "about:blank",
        ]
        browser = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            # Chromium writes the port it chose to the profile's DevToolsActivePort.
            active = Path(profile) / "DevToolsActivePort"
            deadline = time.monotonic() + 30
            while not active.is_file() or not active.read_text().strip():
                if browser.poll() is not None or time.monotonic() > deadline:
                    error = browser.stderr.read().decode() if browser.poll() is not None else ""
                    sys.exit(f"chromium did not open its DevTools port:\n{error[-2000:]}")
                time.sleep(0.1)
            yield int(active.read_text().split()[0])
        finally:
            processes.stop(browser)


def lighthouse_runs(port: int, base_url: str, runs: dict[str, str]) -> list[dict]:
    """Lighthouse on each page of ``runs`` (report name: URL path), one after another in
    the browser at ``port``: each run's summary (name, scores, seconds, and its report's
    path if it missed a target)."""
    command = [
        shutil.which("node") or "node",
        str(AUDIT_SCRIPT),
        str(port),
        str(OUTPUT / "lighthouse"),
        json.dumps(MIN_SCORES),
        *(f"{name}={base_url}{path}" for name, path in runs.items()),
    ]
    result = subprocess.run(command, stdout=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit("lighthouse failed (its error is above)")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@dataclass
class Audited:
    """One page's Lighthouse runs."""

    path: str
    runs: list[dict]

    @property
    def scores(self) -> dict[str, int]:
        """Each category's median over the runs."""
        return {
            category: round(statistics.median(run["scores"][category] for run in self.runs))
            for category in MIN_SCORES
        }

    @property
    def missed(self) -> list[str]:
        """The categories below target: a median score under it, or, where the target is
        100, an audit that failed in most runs, though its weight is 0 (Lighthouse scores
        td-has-header that way)."""
        return [
            category
            for category, score in self.scores.items()
            if score < MIN_SCORES[category] or self.failed(category)
        ]

    def failed(self, category: str) -> list[str]:
        """Audits of the category that failed in more than half of the runs."""
        counts: dict[str, int] = {}
        for run in self.runs:
            for audit in run["failed"].get(category, []):
                counts[audit] = counts.get(audit, 0) + 1
        return [audit for audit, count in counts.items() if count > len(self.runs) / 2]


def lighthouse_pages(base_url: str, paths: list[str]) -> list[Audited]:
    """Every page once, then the pages that missed a target twice more (their scores are
    the median of three), as Lighthouse advises against run-to-run variance: now and
    then a run on a busy machine records a shift of Material's main area (CLS 0.16,
    performance 93) that the next runs do not, nor a layout-shift observer in Playwright.

    Desktop preset, not Lighthouse's default mobile run: mobile simulates a 4x slower CPU
    from the CPU time the run observes, and on a shared 2-core machine that swings the
    score (86 to 97 for the same build here), all of it Material's own bundle.js and
    layout work. Desktop (no CPU slowdown, fast network) measures the pages.
    """
    if not AUDIT_SCRIPT.is_file() or not (LIGHTHOUSE / "node_modules" / "lighthouse").is_dir():
        sys.exit(f"no Lighthouse in {LIGHTHOUSE}: run `uvx nox -s weight` (it runs npm ci)")
    shutil.rmtree(OUTPUT / "lighthouse", ignore_errors=True)
    (OUTPUT / "lighthouse").mkdir(parents=True)
    names = {re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "index": path for path in paths}
    audited = {path: Audited(path, []) for path in paths}
    with devtools_browser() as port:
        for run in lighthouse_runs(port, base_url, names):
            audited[names[run["name"]]].runs.append(run)
        again = {name: path for name, path in names.items() if audited[path].missed}
        for number in range(2, RUNS + 1):
            if not again:
                break
            runs = {f"{name}.{number}": path for name, path in again.items()}
            for run in lighthouse_runs(port, base_url, runs):
                audited[runs[run["name"]]].runs.append(run)
    return list(audited.values())


def failing_audits(report: dict, category: str, examples: int = 3) -> list[str]:
    """The category's audits that did not pass, each with the first few elements or URLs
    it names: for performance the weighted ones, elsewhere every one (as the target)."""
    lines = []
    for ref in report["categories"][category]["auditRefs"]:
        result = report["audits"][ref["id"]]
        if result["score"] is None or result["score"] >= 1:
            continue
        if ref["weight"] == 0 and MIN_SCORES[category] < 100:
            continue
        lines.append(f"{ref['id']} ({result['score']:.2f}): {result['title']}")
        items = (result.get("details") or {}).get("items") or []
        for item in items[:examples]:
            node = item.get("node") or item.get("source") or {}
            where = node.get("snippet") if isinstance(node, dict) else node
            lines.append(f"    {str(where or item.get('url') or item)[:200]}")
        if len(items) > examples:
            lines.append(f"    ... {len(items) - examples} more")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site")
    parser.add_argument("--no-lighthouse", action="store_true", help="page weights only")
    args = parser.parse_args()
    site = args.site.resolve()
    if not all((site / language.root / "index.html").is_file() for language in SITE):
        sys.exit(f"no built site in {site}: run `uvx nox -s weight` (it builds first)")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    targets: dict[str, bool] = {}

    started = time.perf_counter()
    try:
        paths = page_paths(site)
        loads = asyncio.run(page_weights(site, paths))
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
        started = time.perf_counter()
        with serving(site) as server:
            audited = lighthouse_pages(server.url, paths)
        for page in audited:
            figures = ", ".join(f"{c} {score}" for c, score in page.scores.items())
            seconds = sum(run["seconds"] for run in page.runs)
            print(f"lighthouse /{page.path}: {figures} ({len(page.runs)} runs, {seconds:.1f} s)")
        print(f"lighthouse_pages: {len(audited)}")
        print(f"lighthouse_runs: {sum(len(page.runs) for page in audited)}")
        for category, target in MIN_SCORES.items():
            lowest = min(audited, key=lambda page: page.scores[category])
            name = category.replace("-", "_")
            print(f"lighthouse_min_{name}: {lowest.scores[category]} (/{lowest.path})")
            missed = [page for page in audited if category in page.missed]
            print(f"lighthouse_missed_{name}: {len(missed)}")
            # Every page at or above the target, and none with a failing audit there.
            targets[f"lighthouse_{name} >= {target} on every page"] = not missed
        print(f"lighthouse_s: {time.perf_counter() - started:.1f}")
        for page in audited:
            for category in page.missed:
                print(f"below target: /{page.path} {category} {page.scores[category]}")
                # The failing audits of its lowest run that missed (which saved its report).
                reported = [run for run in page.runs if run["report"]]
                lowest = min(reported, key=lambda run: run["scores"][category])
                report = json.loads(Path(lowest["report"]).read_text("utf-8"))
                for line in failing_audits(report, category):
                    print(f"  {line}")

    for target, met in targets.items():
        verdict = "met" if met else "MISSED"
        print(f"target {re.sub(r'[^a-z0-9_]+', '_', target).strip('_')}: {verdict}")
    missed = [target for target, met in targets.items() if not met]
    if missed:
        sys.exit(f"missed: {', '.join(missed)} (reports in {OUTPUT.relative_to(ROOT)}/)")


if __name__ == "__main__":
    main()
