"""How long builds and tests take, against the naive way of running examples.

Prints ``name: value`` lines:

- ``examples``: how many examples the pages include (and that run on this Python);
- ``longest_example_s`` / ``sum_examples_s``: each example run once, one after another;
- ``naive_s``: the same pages built with every example run where a page includes it,
  serially, once per language, no cache (markdown-exec's way: the hook
  ``benchmarks/naive_build.py``, added to that copy's config);
- ``cold_s``: a fresh build with an empty cache (how CI and Pages build);
- ``warm_build_s``: ``mkdocs build`` again after a prose edit (every output cached);
- ``warm_s``: ``mkdocs serve`` rebuilding after a prose edit, until browsers reload;
- ``tests_s``: the whole test suite with the environment ready;
- the targets, each with its verdict.

The builds run in a copy of the project, so the working tree and its cache are untouched.
Run it with ``uvx nox -s bench_build``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from guide import services
from guide.examples import ROOT, SECONDS_TABLE, Example, run
from guide.includes import included_names
from guide.languages import SITE
from guide.processes import LogTimeout, mkdocs_build, mkdocs_serve, wait_for_line

COPIED = (
    "docs",
    "snippets",
    "tests/snippets",  # each example's EXPECTED: a build shows only runs that print it
    "guide",
    *(lang.config for lang in SITE),
    "uv.lock",
    "pyproject.toml",
)
NAIVE_HOOK = Path(__file__).with_name("naive_build.py")


def included_examples() -> list[Example]:
    return [Example(name) for name in included_names() if Example(name).python is not None]


def copy_project(target: Path, naive: bool = False) -> Path:
    """A copy of the project to build; ``naive``: with the baseline's hook added."""
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    if naive:
        shutil.copy2(NAIVE_HOOK, target / NAIVE_HOOK.name)
        config = target / SITE[0].config
        text = config.read_text("utf-8")
        hooks = "hooks:\n  - guide/mkdocs_hooks.py\n"
        if hooks not in text:
            sys.exit(f"{config.name}: no '{hooks.strip()}' to add the naive hook to")
        config.write_text(text.replace(hooks, f"{hooks}  - {NAIVE_HOOK.name}\n"), "utf-8")
    return target


def timed_build(project: Path, site: Path, **env: str) -> float:
    started = time.perf_counter()
    result = mkdocs_build(project, site, env={**os.environ, "PYTHONWARNINGS": "ignore", **env})
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stderr[-3000:]}")
    return elapsed


def edit_prose(project: Path, marker: str) -> None:
    page = project / SITE[0].docs / "why-async.md"
    page.write_text(page.read_text("utf-8") + f"\n{marker}\n", "utf-8")


def serve_rebuild_seconds(project: Path) -> float:
    """Start ``mkdocs serve``, edit a page's prose, time the rebuild until the reload."""
    log = project / "serve.log"
    try:
        with mkdocs_serve(project, log, timeout=300):
            edit_prose(project, "再改一句。")
            started = time.perf_counter()
            wait_for_line(log, "Reloading browsers", timeout=120)
            return time.perf_counter() - started
    except LogTimeout as timeout:
        sys.exit(f"mkdocs serve: {timeout}")


def tests_seconds() -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    summary = result.stdout.strip().splitlines()[-1:] or ["?"]
    print(f"tests_summary: {summary[0].strip('= ')}")
    if result.returncode != 0:
        sys.exit(f"tests failed:\n{result.stdout[-3000:]}")
    return elapsed


def write_seconds_table(durations: dict[str, float]) -> None:
    """Keep ``guide/example_seconds.json`` (the build's order of runs in a fresh checkout)
    in step with these isolated runs; commit it when it changes."""
    table = {name: round(seconds, 1) for name, seconds in sorted(durations.items())}
    text = json.dumps(table, indent=2) + "\n"
    if not SECONDS_TABLE.exists() or SECONDS_TABLE.read_text("utf-8") != text:
        SECONDS_TABLE.write_text(text, "utf-8")
        print(f"seconds_table: rewrote {SECONDS_TABLE.relative_to(ROOT)} (commit it)")


def main() -> None:
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    examples = included_examples()
    print(f"examples: {len(examples)}")
    with services.running() as env:
        durations = {ex.name: run(ex, env=env).check().seconds for ex in examples}
    longest = max(durations.values())
    print(f"longest_example: {max(durations, key=durations.__getitem__)}")
    print(f"longest_example_s: {longest:.2f}")
    print(f"sum_examples_s: {sum(durations.values()):.2f}")
    write_seconds_table(durations)

    with tempfile.TemporaryDirectory(prefix="guide-bench-") as folder:
        naive = timed_build(
            copy_project(Path(folder) / "naive", naive=True),
            Path(folder) / "site-naive",
            GUIDE_FRESH="1",
        )
        print(f"naive_s: {naive:.2f}")

        project = copy_project(Path(folder) / "project")
        site = Path(folder) / "site"
        cold = timed_build(project, site, GUIDE_FRESH="1")
        print(f"cold_s: {cold:.2f}")
        edit_prose(project, "多改一句。")
        warm_build = timed_build(project, site)
        print(f"warm_build_s: {warm_build:.2f}")
        warm = serve_rebuild_seconds(project)
        print(f"warm_s: {warm:.2f}")

    tests = tests_seconds()
    print(f"tests_s: {tests:.2f}")

    targets = {
        "cold_s <= longest_example_s + 15": cold <= longest + 15,
        "naive_s / cold_s >= 4": naive / cold >= 4,
        "warm_s <= 2": warm <= 2,
        "tests_s <= longest_example_s + 20": tests <= longest + 20,
    }
    print(f"naive_over_cold: {naive / cold:.1f}")
    for target, met in targets.items():
        print(
            f"target {re.sub(r'[^a-z0-9_]+', '_', target).strip('_')}: {'met' if met else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
