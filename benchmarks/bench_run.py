"""Time from pressing Run to the first output line, in headless chromium.

Serves a built site on 127.0.0.1 (as ``benchmarks/weight.py`` does, gzip for text, the
runtime's binary files as they are) and, ``--rounds`` times in a fresh browser context
(a cold cache), opens a page, presses Run on one example and measures in the page, from
the click to the first output line shown under it: the first run (archive, worker and
runtime loaded, then the example run) and a second run (the runtime loaded already).
Prints ``name: value`` lines: each round's figures, their medians, the shipped runtime's
size (raw and gzip) and the targets with their verdicts; exits non-zero if one is missed.

Run it with ``uvx nox -s bench_run`` (it builds the site first; ``GUIDE_SITE_DIR``
measures a site built already).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright
from weight import LAUNCH_ARGS, serving

from guide import browser_run, chromium
from guide.languages import language as site_language

FIRST_RUN_TARGET_S = 5.0
SECOND_RUN_TARGET_S = 0.5
MODULE = "snippets.tasks_futures.task_scheduled"
PAGE = "tasks-and-futures/"

FIRST_OUTPUT = """
async (module) => {
  const control = document.querySelector(`.guide-run[data-module="${module}"]`);
  const runs = Number(control.dataset.runs ?? 0);
  const started = performance.now();
  control.querySelector(".guide-run__run").click();
  return await new Promise((resolve, reject) => {
    const check = () => {
      const output = control.nextElementSibling;
      const shown = output?.classList.contains("guide-run__output")
        && output.querySelector("code").textContent.includes("\\n");
      if (shown) {
        observer.disconnect();
        resolve((performance.now() - started) / 1000);
      } else if (Number(control.dataset.runs ?? 0) > runs) {
        observer.disconnect();
        reject(new Error(control.querySelector(".guide-run__status").textContent));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(control.parentElement, {
      childList: true, subtree: true, characterData: true, attributes: true,
    });
  });
}
"""


def measure(site: Path, language: str, rounds: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {"first": [], "second": []}
    with serving(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.EXECUTABLE, args=LAUNCH_ARGS)
        url = f"{server.url}{site_language(language).root}{PAGE}"
        for _ in range(rounds):
            context = browser.new_context()  # a new context: an empty cache
            page = context.new_page()
            page.goto(url, wait_until="networkidle")
            for key in ("first", "second"):
                figures[key].append(page.evaluate(FIRST_OUTPUT, MODULE))
                control = page.locator(f'.guide-run[data-module="{MODULE}"]')
                control.locator(".guide-run__run:enabled").wait_for(timeout=60_000)
            context.close()
        browser.close()
    return figures


def shipped(site: Path) -> dict[str, int]:
    """Bytes of what the Run control may fetch: the runtime's files and the archive."""
    folder = site / browser_run.FOLDER
    files = [path for path in folder.rglob("*") if path.is_file()]
    raw = sum(path.stat().st_size for path in files)
    packed = sum(len(gzip.compress(path.read_bytes(), 9)) for path in files)
    return {"files": len(files), "raw": raw, "gzip": packed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--language", default="en")
    options = parser.parse_args()
    figures = measure(options.site, options.language, options.rounds)
    for key, values in figures.items():
        for number, seconds in enumerate(values, start=1):
            print(f"run_{key}_output_s round {number}: {seconds:.2f}")
    first = statistics.median(figures["first"])
    second = statistics.median(figures["second"])
    size = shipped(options.site)
    print(f"run_first_output_s: {first:.2f}")
    print(f"run_second_output_s: {second:.2f}")
    print(f"run_shipped_files: {size['files']}")
    print(f"run_shipped_mb: {size['raw'] / 1e6:.2f}")
    print(f"run_shipped_gzip_mb: {size['gzip'] / 1e6:.2f}")
    missed = 0
    for name, value, target in (
        ("run_first_output_s", first, FIRST_RUN_TARGET_S),
        ("run_second_output_s", second, SECOND_RUN_TARGET_S),
    ):
        verdict = "met" if value <= target else "MISSED"
        missed += verdict != "met"
        print(f"target {name} <= {target}: {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
